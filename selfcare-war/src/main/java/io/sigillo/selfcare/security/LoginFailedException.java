package io.sigillo.selfcare.security;

/**
 * A login or a bearer token that must be refused: wrong state, bad signature, expired, replayed.
 * The message is for the log only; the user sees the catalogued LOGIN_FAILED text.
 */
class LoginFailedException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  LoginFailedException(String message) {
    super(message);
  }

  LoginFailedException(String message, Throwable cause) {
    super(message, cause);
  }
}

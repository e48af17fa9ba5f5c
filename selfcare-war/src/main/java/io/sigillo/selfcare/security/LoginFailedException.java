package io.sigillo.selfcare.security;

import io.sigillo.core.error.ErrorCode;
import io.sigillo.core.error.PlatformError;

/**
 * A login or a bearer token that must be refused: wrong state, bad signature, expired, replayed, a
 * person who is not the tenant's, a token not meant for the API. The message is for the log only;
 * the user sees the catalogued text of {@link #code()} (LOGIN_FAILED unless a more precise one
 * helps the person do the right thing).
 */
class LoginFailedException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient ErrorCode code;
  private final transient Object[] arguments;

  LoginFailedException(String message) {
    this(PlatformError.LOGIN_FAILED, message);
  }

  LoginFailedException(String message, Throwable cause) {
    super(message, cause);
    this.code = PlatformError.LOGIN_FAILED;
    this.arguments = new Object[0];
  }

  LoginFailedException(ErrorCode code, String message, Object... arguments) {
    super(message);
    this.code = code;
    this.arguments = arguments.clone();
  }

  ErrorCode code() {
    return code;
  }

  Object[] arguments() {
    return arguments.clone();
  }
}

package io.sigillo.selfcare.security;

/** Keycloak could not be reached or answered nonsense: the login cannot happen now. */
class LoginUnavailableException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  LoginUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}

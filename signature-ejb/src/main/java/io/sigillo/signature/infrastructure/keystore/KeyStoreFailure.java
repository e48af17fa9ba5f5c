package io.sigillo.signature.infrastructure.keystore;

/**
 * The key store could not do what was asked (token missing, wrong PIN, I/O); never a user error.
 */
public class KeyStoreFailure extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public KeyStoreFailure(String message, Throwable cause) {
    super(message, cause);
  }

  public KeyStoreFailure(String message) {
    super(message);
  }
}

package io.sigillo.signature.api;

import io.sigillo.core.error.SigilloException;

/**
 * A string that is not a well-formed codice fiscale. The code says what is wrong (length, a
 * character at a given position, the check character) and the arguments say where.
 */
public class InvalidTaxCodeException extends SigilloException {

  private static final long serialVersionUID = 1L;

  private final SignatureError error;

  public InvalidTaxCodeException(SignatureError error, Object... arguments) {
    super(error, arguments);
    this.error = error;
  }

  /** The same as {@link #code()}, typed. */
  public SignatureError error() {
    return error;
  }
}

package io.sigillo.identity.api;

/**
 * An answer, not an exception, so that a wrong attempt is counted and audited.
 *
 * @param remainingAttempts wrong codes still tolerated; 0 when closed
 */
public record CodeOutcome(CodeCheck check, int remainingAttempts) {

  public boolean verified() {
    return check == CodeCheck.VERIFIED;
  }
}

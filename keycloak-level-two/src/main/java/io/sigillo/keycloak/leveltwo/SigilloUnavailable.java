package io.sigillo.keycloak.leveltwo;

/**
 * Sigillo could not answer: unreachable, too slow, a status other than the contract's, a body it
 * cannot read, or Keycloak refused the broker's own token. The person sees the "unavailable" page;
 * the message (never a code, token or secret) goes to Keycloak's log with the page's reference.
 */
final class SigilloUnavailable extends Exception {

  private static final long serialVersionUID = 1L;

  SigilloUnavailable(String message) {
    super(message);
  }

  SigilloUnavailable(String message, Throwable cause) {
    super(message, cause);
  }
}

package io.sigillo.keycloak.leveltwo;

import java.util.Map;
import java.util.Optional;

/**
 * What Sigillo's {@code methods} call says about a person on one tenant: the state of the SPID
 * identity and which level-2 methods can be used now.
 *
 * @param identity {@code ACTIVE}, {@code SUSPENDED}, {@code REVOKED} or {@code NONE} (no identity
 *     on this tenant)
 * @param app an active OTP app usable for login
 * @param sms a verified mobile number usable for login codes
 * @param maskedMobile the number as it may be shown ({@code +39 *** *** 4567}), or empty
 * @param portalUrl the tenant's self-care page (associate an app, recover access), or empty
 */
record Methods(
    String identity,
    boolean app,
    boolean sms,
    Optional<String> maskedMobile,
    Optional<String> portalUrl) {

  static final String ACTIVE = "ACTIVE";
  static final String NONE = "NONE";

  boolean hasIdentity() {
    return !NONE.equals(identity);
  }

  boolean active() {
    return ACTIVE.equals(identity);
  }

  /**
   * The JSON object of the contract, already parsed; unknown or missing values read as "nothing".
   */
  static Methods from(Map<?, ?> json) {
    Object identity = json.get("identity");
    return new Methods(
        identity instanceof String s ? s : NONE,
        Boolean.TRUE.equals(json.get("app")),
        Boolean.TRUE.equals(json.get("sms")),
        text(json.get("maskedMobile")),
        text(json.get("portalUrl")).filter(Methods::isWebUrl));
  }

  private static Optional<String> text(Object value) {
    return value instanceof String s && !s.isBlank() ? Optional.of(s) : Optional.empty();
  }

  /** Only http(s) links reach the page: an {@code href} is not escaped against other schemes. */
  static boolean isWebUrl(String url) {
    return url.startsWith("https://") || url.startsWith("http://");
  }
}

package io.sigillo.identity.api;

import java.util.Objects;
import java.util.Optional;

/**
 * Which level-2 methods a person can sign in with right now, as Keycloak's level-2 step asks before
 * it offers a form: only what a sign-in needs, not the credential overview of the portal (no dates,
 * no device details, the mobile masked).
 *
 * @param identity the person's SPID identity on the tenant; empty when they have none
 * @param app an active OTP app whose codes would be checked (a locked one too: its check answers
 *     LOCKED, which tells the person the way out); false while level 2 is suspended or the identity
 *     revoked
 * @param sms a verified mobile number a login code can be sent to; false likewise
 * @param maskedMobile that number with most of it hidden, when {@code sms}
 */
public record LevelTwoMethods(
    Optional<IdentityStatus> identity, boolean app, boolean sms, Optional<String> maskedMobile) {

  public LevelTwoMethods {
    Objects.requireNonNull(identity, "identity");
    Objects.requireNonNull(maskedMobile, "maskedMobile");
    if (identity.isEmpty() && (app || sms)) {
      throw new IllegalArgumentException("no method without an identity");
    }
    if (sms != maskedMobile.isPresent()) {
      throw new IllegalArgumentException("a masked mobile exactly when SMS codes can be sent");
    }
  }

  /** A person without an identity on this tenant. */
  public static LevelTwoMethods none() {
    return new LevelTwoMethods(Optional.empty(), false, false, Optional.empty());
  }
}

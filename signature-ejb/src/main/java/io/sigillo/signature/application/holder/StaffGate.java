package io.sigillo.signature.application.holder;

import io.sigillo.core.audit.Actor;
import io.sigillo.core.error.PlatformError;
import io.sigillo.core.error.SigilloException;
import io.sigillo.core.security.Role;

/**
 * The operator console's rule, checked here and not only by the page: the tenant's operators at
 * level 2 (or a back end holding the operator role with its own secret, or the platform itself).
 */
final class StaffGate {

  private StaffGate() {}

  static void requireOperator(Actor actor) {
    if (actor.is(Role.SYSTEM) || actor.actingOperator()) {
      return;
    }
    if (actor.staffRole()) {
      // a password-only staff session: operators act on certificates only at level 2
      throw new SigilloException(PlatformError.STAFF_LEVEL_2_REQUIRED);
    }
    throw new SigilloException(PlatformError.ROLE_NOT_ALLOWED);
  }
}

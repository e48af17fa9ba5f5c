package io.sigillo.identity.api;

import io.sigillo.core.audit.Actor;
import io.sigillo.core.tenant.TenantId;
import jakarta.ejb.Local;
import java.util.Locale;

/**
 * Suspension, reactivation and revocation of an identity on its holder's request, and the holder's
 * choice to be told of every level-2 login. Audited and notified by e-mail.
 */
@Local
public interface IdentityLifecycle {

  IdentitySummary suspend(
      TenantId tenant,
      String username,
      String reason,
      Locale locale,
      String senderName,
      Actor actor);

  IdentitySummary reactivate(
      TenantId tenant, String username, Locale locale, String senderName, Actor actor);

  /** Final: the OTP apps are revoked too and the identity accepts nothing any more. */
  IdentitySummary revoke(
      TenantId tenant,
      String username,
      String reason,
      Locale locale,
      String senderName,
      Actor actor);

  IdentitySummary setL2UseNotice(TenantId tenant, String username, boolean notify, Actor actor);
}

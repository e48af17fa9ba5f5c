package io.sigillo.identity.application;

import io.sigillo.core.audit.Actor;
import io.sigillo.core.error.SigilloException;
import io.sigillo.core.security.Roles;
import io.sigillo.core.tenant.TenantId;
import io.sigillo.identity.api.IdentityError;
import io.sigillo.identity.api.IdentityLifecycle;
import io.sigillo.identity.api.IdentitySummary;
import io.sigillo.identity.domain.Identity;
import io.sigillo.identity.infrastructure.mail.IdentityMails;
import io.sigillo.identity.infrastructure.mail.IdentityMails.Notice;
import io.sigillo.identity.infrastructure.persistence.IdentityTenantBinding;
import io.sigillo.otp.api.DeviceSummary;
import io.sigillo.otp.api.OtpRegistry;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.Locale;
import java.util.function.Consumer;

/** Suspension, reactivation, revocation and the level-2 notice choice of an identity. */
@Stateless
@Interceptors(IdentityTenantBinding.class)
@DeclareRoles({Roles.USER, Roles.OPERATOR, Roles.PLATFORM_ADMIN, Roles.SERVICE, Roles.SYSTEM})
// a person on their own identity (IdentityBacking), staff, the platform
@RolesAllowed({Roles.USER, Roles.OPERATOR, Roles.SYSTEM})
public class IdentityLifecycleBean implements IdentityLifecycle {

  private static final int MAX_REASON = 500;

  @PersistenceContext(unitName = "sigillo-identity")
  private EntityManager em;

  @EJB private OtpRegistry registry;
  @Inject private IdentityMails mails;
  @Inject private IdentityAudit audit;
  @Inject private Clock clock;

  @Override
  public IdentitySummary suspend(
      TenantId tenant,
      String username,
      String reason,
      Locale locale,
      String senderName,
      Actor actor) {
    String why = reason(reason);
    return change(
        tenant,
        username,
        actor,
        "identity.suspended",
        why,
        i -> i.suspend(why, clock.instant()),
        Notice.SUSPENDED,
        locale,
        senderName);
  }

  @Override
  public IdentitySummary reactivate(
      TenantId tenant, String username, Locale locale, String senderName, Actor actor) {
    return change(
        tenant,
        username,
        actor,
        "identity.reactivated",
        "",
        i -> i.reactivate(clock.instant()),
        Notice.REACTIVATED,
        locale,
        senderName);
  }

  @Override
  public IdentitySummary revoke(
      TenantId tenant,
      String username,
      String reason,
      Locale locale,
      String senderName,
      Actor actor) {
    String why = reason(reason);
    IdentitySummary revoked =
        change(
            tenant,
            username,
            actor,
            "identity.revoked",
            why,
            i -> i.revoke(why, clock.instant()),
            Notice.REVOKED,
            locale,
            senderName);
    for (DeviceSummary device : registry.devicesOf(tenant, revoked.username())) {
      if (device.app() && device.usable() && !registry.servesSigning(tenant, device.id())) {
        // an app that also authorises remote signatures keeps doing so: revoking a SPID identity
        // must not silently end the person's signatures (that device is the signature's business)
        registry.revoke(tenant, device.id(), "identity revoked", actor);
      }
    }
    return revoked;
  }

  @Override
  public IdentitySummary setL2UseNotice(
      TenantId tenant, String username, boolean notify, Actor actor) {
    Identity identity = Identities.usable(em, username);
    identity.notifyEveryL2Use(notify);
    audit.record(tenant, actor, "identity.level2.notice", identity.id(), notify ? "on" : "off");
    return identity.summary();
  }

  private IdentitySummary change(
      TenantId tenant,
      String username,
      Actor actor,
      String action,
      String detail,
      Consumer<Identity> change,
      Notice notice,
      Locale locale,
      String senderName) {
    Identity identity = Identities.get(em, username);
    try {
      change.accept(identity);
    } catch (IllegalStateException e) {
      throw new SigilloException(
          IdentityError.ALREADY_IN_STATUS, identity.status().name().toLowerCase(Locale.ROOT));
    }
    audit.record(tenant, actor, action, identity.id(), detail);
    mails.notice(tenant, identity, locale, senderName, notice, Identities.when(clock.instant()));
    return identity.summary();
  }

  private static String reason(String reason) {
    String value = reason == null ? "" : reason.strip();
    if (value.length() > MAX_REASON) {
      throw new SigilloException(
          IdentityError.INVALID_IDENTITY_DATA, "reason", "at most 500 characters");
    }
    return value;
  }
}

package io.sigillo.identity.application;

import io.sigillo.core.audit.Actor;
import io.sigillo.core.audit.AuditEvent;
import io.sigillo.core.audit.AuditLog;
import io.sigillo.core.audit.AuditSubject;
import io.sigillo.core.security.Roles;
import io.sigillo.core.session.SignIn;
import io.sigillo.core.tenant.TenantId;
import io.sigillo.identity.api.ActivityEntry;
import io.sigillo.identity.api.ActivityKind;
import io.sigillo.identity.api.IdentityDirectory;
import io.sigillo.identity.api.PersonalActivity;
import io.sigillo.otp.api.OtpRegistry;
import io.sigillo.signature.api.Holders;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A person's activity from the audit trail of their tenant: events whose subject is theirs (their
 * name, identity, OTP devices, remote-signature holder), never what they did to others, never
 * another tenant's. Only the actions a person recognises are shown, each with its kind.
 */
@Stateless
@DeclareRoles({Roles.USER, Roles.OPERATOR})
@RolesAllowed({Roles.USER, Roles.OPERATOR})
public class PersonalActivityBean implements PersonalActivity {

  /** The actions the page words, and what each is about. */
  static final Map<String, ActivityKind> SHOWN =
      Map.ofEntries(
          Map.entry(SignIn.ACTION, ActivityKind.SIGN_IN),
          Map.entry("session.signed-out-everywhere", ActivityKind.SIGN_IN),
          Map.entry("password.changed", ActivityKind.CREDENTIAL),
          Map.entry("identity.otp-app.reconfigure-requested", ActivityKind.CREDENTIAL),
          Map.entry("identity.otp-app.first-code", ActivityKind.CREDENTIAL),
          Map.entry("identity.recovery.requested", ActivityKind.CREDENTIAL),
          Map.entry("otp.device.revoked", ActivityKind.CREDENTIAL),
          Map.entry("otp.device.lost", ActivityKind.CREDENTIAL),
          Map.entry("otp.device.unlocked", ActivityKind.CREDENTIAL),
          Map.entry("otp.device.self-unlock", ActivityKind.CREDENTIAL),
          Map.entry("otp.device.resynchronisation", ActivityKind.CREDENTIAL),
          Map.entry("signature.password.changed", ActivityKind.CREDENTIAL),
          Map.entry("signature.password.reset", ActivityKind.CREDENTIAL),
          Map.entry("signature.device.replaced", ActivityKind.CREDENTIAL),
          Map.entry("identity.mobile.changed", ActivityKind.CONTACT),
          Map.entry("signature.contact.changed", ActivityKind.CONTACT),
          Map.entry("signature.document.signed", ActivityKind.SIGNATURE),
          Map.entry("identity.suspended", ActivityKind.IDENTITY),
          Map.entry("identity.reactivated", ActivityKind.IDENTITY));

  @Inject private AuditLog audit;
  @Inject private IdentityDirectory identities;
  @Inject private OtpRegistry registry;
  @Inject private Holders holders;

  @Override
  public List<ActivityEntry> recent(TenantId tenant, Actor actor, int limit) {
    String person = actor.name();
    Set<AuditSubject> subjects = new HashSet<>();
    subjects.add(AuditSubject.person(person));
    identities
        .findByUsername(tenant, person)
        .ifPresent(i -> subjects.add(AuditSubject.identity(i.id())));
    registry.devicesOf(tenant, person).forEach(d -> subjects.add(AuditSubject.otpDevice(d.id())));
    holders.find(tenant, person).ifPresent(h -> subjects.add(AuditSubject.holder(h.id())));
    int wanted = Math.max(1, Math.min(limit, 200));
    // read more than shown: the trail also holds steps the page does not word
    return audit.aboutOnly(tenant, subjects, wanted * 4).stream()
        .filter(e -> SHOWN.containsKey(e.action()))
        .limit(wanted)
        .map(e -> entry(e, person))
        .toList();
  }

  private static ActivityEntry entry(AuditEvent event, String person) {
    ActivityKind kind = SHOWN.get(event.action());
    Optional<SignIn> signIn =
        kind == ActivityKind.SIGN_IN && SignIn.ACTION.equals(event.action())
            ? SignIn.parse(event.detail())
            : Optional.empty();
    return new ActivityEntry(
        event.at(), kind, event.action(), !person.equals(event.actor()), signIn);
  }
}

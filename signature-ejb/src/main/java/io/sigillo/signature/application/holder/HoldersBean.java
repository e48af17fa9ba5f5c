package io.sigillo.signature.application.holder;

import io.sigillo.core.audit.Actor;
import io.sigillo.core.error.SigilloException;
import io.sigillo.core.person.VerifiedPerson;
import io.sigillo.core.person.VerifiedPersons;
import io.sigillo.core.security.Roles;
import io.sigillo.core.tenant.TenantId;
import io.sigillo.otp.api.ClaimResult;
import io.sigillo.otp.api.DeviceStatus;
import io.sigillo.otp.api.DeviceSummary;
import io.sigillo.otp.api.OtpRegistry;
import io.sigillo.otp.api.TokenClaim;
import io.sigillo.signature.api.CertificateRequest;
import io.sigillo.signature.api.ContactKind;
import io.sigillo.signature.api.HolderData;
import io.sigillo.signature.api.HolderDataCheck;
import io.sigillo.signature.api.HolderImport;
import io.sigillo.signature.api.HolderOrder;
import io.sigillo.signature.api.HolderStatus;
import io.sigillo.signature.api.HolderSummary;
import io.sigillo.signature.api.Holders;
import io.sigillo.signature.api.SignatureError;
import io.sigillo.signature.api.SignaturePolicies;
import io.sigillo.signature.api.SignaturePolicySettings;
import io.sigillo.signature.domain.holder.Contacts;
import io.sigillo.signature.domain.holder.Holder;
import io.sigillo.signature.domain.holder.PasswordPolicy;
import io.sigillo.signature.domain.holder.PasswordRules;
import io.sigillo.signature.domain.holder.VerifiedHolderData;
import io.sigillo.signature.infrastructure.crypto.PasswordHasher;
import io.sigillo.signature.infrastructure.persistence.SignatureTenantBinding;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Orders of remote-signature certificates and the holders they create. */
@Stateless
@Interceptors(SignatureTenantBinding.class)
@DeclareRoles({Roles.USER, Roles.OPERATOR, Roles.PLATFORM_ADMIN, Roles.SERVICE, Roles.SYSTEM})
// a person's own order and holder record
@RolesAllowed({Roles.USER, Roles.SYSTEM})
public class HoldersBean implements Holders {

  @PersistenceContext(unitName = "sigillo-signature")
  private EntityManager em;

  @Inject private HolderDataCheck dataCheck;
  @Inject private ContactRegistry contacts;
  @Inject private PasswordHasher hasher;
  @Inject private HolderAudit audit;
  @Inject private SignaturePolicies policies;
  @Inject private OtpRegistry registry;
  @Inject private CertificateIssuance issuance;
  @Inject private VerifiedPersons persons;
  @EJB private Verifications verifications;
  @Inject private Clock clock;

  @Override
  public HolderSummary order(TenantId tenant, String username, HolderOrder order, Actor actor) {
    try {
      if (byUsername(username).isPresent()) {
        throw new SigilloException(SignatureError.HOLDER_EXISTS);
      }
      // the certificate will name this person: their data come from the verified identity
      VerifiedPerson person =
          persons
              .find(tenant, username)
              .orElseThrow(() -> new SigilloException(SignatureError.IDENTITY_REQUIRED));
      HolderData data = VerifiedHolderData.of(person, order.data());
      String mobile = VerifiedHolderData.contact(person, ContactKind.MOBILE, order.mobile());
      String email = VerifiedHolderData.contact(person, ContactKind.EMAIL, order.email());
      // what the identity cannot vouch for is refused above, before the form's own findings
      dataCheck.requireConsistent(data);
      SignaturePolicySettings policy = policies.current(tenant);
      new PasswordRules(policy.passwordMinLength(), policy.passwordHistory())
          .require(order.password());
      Instant now = clock.instant();
      Holder holder =
          Holder.create(username, data, mobile, email, hasher.hash(order.password()), now);
      em.persist(holder);
      try {
        em.flush();
      } catch (PersistenceException raced) {
        // a double submit: the unique index on (tenant, username) let the other request win
        throw new SigilloException(SignatureError.HOLDER_EXISTS);
      }
      contacts.claim(em, tenant, holder.id(), ContactKind.MOBILE, mobile, now);
      contacts.claim(em, tenant, holder.id(), ContactKind.EMAIL, email, now);
      audit.record(tenant, actor, "signature.holder.ordered", holder.id(), "order started");
      return holder.summary();
    } finally {
      wipe(order.password());
    }
  }

  @Override
  public Optional<HolderSummary> find(TenantId tenant, String username) {
    return byUsername(username).map(Holder::summary);
  }

  @Override
  public HolderSummary get(TenantId tenant, String username) {
    return holder(username).summary();
  }

  @Override
  public HolderSummary bindApp(
      TenantId tenant, String username, long deviceId, String code, Actor actor) {
    Holder current = awaitingDevice(username);
    DeviceSummary app =
        registry.activeApps(tenant, username).stream()
            .filter(d -> d.id() == deviceId)
            .findFirst()
            .orElseThrow(() -> new SigilloException(SignatureError.DEVICE_NOT_ELIGIBLE));
    em.detach(current);
    // the app proves itself for the new purpose: a code it shows now, checked for SIGN
    Require.signOtp(verifications.signOtp(tenant, app.id(), code, actor), app.type());
    return complete(tenant, holder(username), app.id(), actor);
  }

  @Override
  public HolderSummary bindToken(
      TenantId tenant, String username, String serial, List<String> codes, Actor actor) {
    Holder current = awaitingDevice(username);
    em.detach(current);
    ClaimResult claim =
        verifications.claimToken(
            tenant, new TokenClaim(username, serial == null ? "" : serial.strip(), codes), actor);
    long device = Require.tokenClaimed(claim);
    return complete(tenant, holder(username), device, actor);
  }

  @Override
  public HolderSummary correctData(
      TenantId tenant, String username, HolderData data, char[] password, Actor actor) {
    try {
      long id = holder(username).id();
      em.clear();
      Require.password(verifications.password(tenant, id, password, actor));
      // a correction must not rename the certificate to someone else either
      HolderData verified =
          VerifiedHolderData.of(
              persons
                  .find(tenant, username)
                  .orElseThrow(() -> new SigilloException(SignatureError.IDENTITY_REQUIRED)),
              data);
      dataCheck.requireConsistent(verified);
      Holder holder = holder(username);
      holder.correctData(verified, clock.instant());
      audit.record(tenant, actor, "signature.holder.data-corrected", id, "holder data corrected");
      return holder.summary();
    } finally {
      wipe(password);
    }
  }

  // a holder from another system: staff or the platform
  @RolesAllowed({Roles.OPERATOR, Roles.SYSTEM})
  @Override
  public HolderSummary importHolder(TenantId tenant, HolderImport imported, Actor actor) {
    try {
      if (byUsername(imported.username()).isPresent()) {
        throw new SigilloException(SignatureError.HOLDER_EXISTS);
      }
      String mobile = Contacts.mobile(imported.mobile());
      String email = Contacts.email(imported.email());
      PasswordPolicy.require(imported.password());
      DeviceSummary device =
          registry
              .find(tenant, imported.signDeviceId())
              .filter(d -> d.owner().equals(imported.username()))
              .filter(d -> d.status() == DeviceStatus.ACTIVE)
              .orElseThrow(() -> new SigilloException(SignatureError.DEVICE_NOT_ELIGIBLE));
      Instant now = clock.instant();
      Holder holder =
          Holder.create(
              imported.username(),
              imported.data(),
              mobile,
              email,
              hasher.hash(imported.password()),
              now);
      em.persist(holder);
      em.flush();
      // an import keeps the contacts it brings; only free ones are claimed, a renewal finds the
      // rest
      for (ContactKind kind : ContactKind.values()) {
        String value = kind == ContactKind.MOBILE ? mobile : email;
        if (!contacts.takenByOther(em, tenant, holder.id(), kind, value)) {
          contacts.claim(em, tenant, holder.id(), kind, value, now);
        }
      }
      holder.bindDevice(device.id(), now);
      issuance.issue(tenant, holder, validityDays(imported.certificateValidity()), actor);
      audit.record(tenant, actor, "signature.holder.imported", holder.id(), "imported holder");
      return holder.summary();
    } finally {
      wipe(imported.password());
    }
  }

  private HolderSummary complete(TenantId tenant, Holder holder, long deviceId, Actor actor) {
    holder.bindDevice(deviceId, clock.instant());
    issuance.issue(tenant, holder, policies.current(tenant).certificateValidityDays(), actor);
    audit.record(
        tenant,
        actor,
        "signature.holder.device-bound",
        holder.id(),
        "signature device " + deviceId);
    return holder.summary();
  }

  private Holder awaitingDevice(String username) {
    Holder holder = holder(username);
    if (holder.status() != HolderStatus.AWAITING_DEVICE) {
      throw new SigilloException(SignatureError.HOLDER_EXISTS);
    }
    return holder;
  }

  private Holder holder(String username) {
    return byUsername(username)
        .orElseThrow(() -> new SigilloException(SignatureError.HOLDER_NOT_FOUND));
  }

  private Optional<Holder> byUsername(String username) {
    return em.createNamedQuery("Holder.byUsername", Holder.class)
        .setParameter("username", username)
        .getResultStream()
        .findFirst();
  }

  private static int validityDays(Duration validity) {
    long days = validity == null ? CertificateRequest.DEFAULT_VALIDITY_DAYS : validity.toDays();
    return (int) Math.max(1, Math.min(days, CertificateRequest.MAX_VALIDITY_DAYS));
  }

  static void wipe(char[] secret) {
    if (secret != null) {
      Arrays.fill(secret, '\0');
    }
  }
}

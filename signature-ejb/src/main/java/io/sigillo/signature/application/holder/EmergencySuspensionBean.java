package io.sigillo.signature.application.holder;

import io.sigillo.core.audit.Actor;
import io.sigillo.core.error.PlatformError;
import io.sigillo.core.error.SigilloException;
import io.sigillo.core.security.Roles;
import io.sigillo.core.tenant.TenantId;
import io.sigillo.signature.api.CertificateStatus;
import io.sigillo.signature.api.CertificateSummary;
import io.sigillo.signature.api.EmergencySuspension;
import io.sigillo.signature.api.SignatureError;
import io.sigillo.signature.application.certificate.CertificateLifecycle;
import io.sigillo.signature.domain.holder.EmergencyCode;
import io.sigillo.signature.domain.holder.Holder;
import io.sigillo.signature.infrastructure.crypto.PasswordHasher;
import io.sigillo.signature.infrastructure.persistence.SignatureTenantBinding;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;

/**
 * Emergency codes: issued once per holder, kept as an Argon2id hash, checked in a transaction of
 * their own ({@link EmergencyCodeChecks}) so a wrong code counts even though the call then fails.
 * The check runs the same hash whether or not the tax code belongs to a holder, so neither the
 * answer nor its time tells a stranger who holds a remote signature.
 */
@Stateless
@Interceptors(SignatureTenantBinding.class)
@DeclareRoles({Roles.USER, Roles.OPERATOR, Roles.PLATFORM_ADMIN, Roles.SERVICE, Roles.SYSTEM})
@RolesAllowed({Roles.USER, Roles.SYSTEM})
@RunAs(Roles.SYSTEM)
public class EmergencySuspensionBean implements EmergencySuspension {

  /** Crockford's base32: no I, L, O or U to misread on the phone. */
  static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

  static final int LENGTH = 16;
  private static final SecureRandom RANDOM = new SecureRandom();

  @PersistenceContext(unitName = "sigillo-signature")
  private EntityManager em;

  @Inject private PasswordHasher hasher;
  @Inject private CertificateLifecycle certificates;
  @Inject private HolderAudit audit;
  @EJB private EmergencyCodeChecks checks;
  @Inject private Clock clock;

  @Override
  public String revealCode(TenantId tenant, String username, Actor actor) {
    Holder holder = holder(username);
    if (code(holder.id()).isPresent()) {
      throw new SigilloException(PlatformError.EMERGENCY_CODE_ISSUED);
    }
    char[] code = newCode();
    try {
      em.persist(new EmergencyCode(holder.id(), hasher.hash(code), clock.instant()));
      em.flush();
    } catch (PersistenceException raced) {
      // a double submit: the unique (tenant, holder) let the other request show its code
      throw new SigilloException(PlatformError.EMERGENCY_CODE_ISSUED);
    }
    audit.record(tenant, actor, "signature.emergency-code.issued", holder.id(), "shown once");
    return grouped(code);
  }

  @Override
  public boolean hasCode(TenantId tenant, String username) {
    return code(holder(username).id()).isPresent();
  }

  // the tenant's public page: anyone who has the tax code and the code
  @PermitAll
  @Override
  public CertificateSummary suspend(
      TenantId tenant, String codiceFiscale, String code, Actor actor) {
    String taxCode = codiceFiscale == null ? "" : codiceFiscale.strip().toUpperCase(Locale.ROOT);
    Optional<Long> holderId =
        em.createQuery("select h.id from Holder h where h.codiceFiscale = :cf", Long.class)
            .setParameter("cf", taxCode)
            .getResultStream()
            .findFirst();
    return suspendChecked(tenant, holderId, code, actor);
  }

  @RolesAllowed({Roles.OPERATOR, Roles.SYSTEM})
  @Override
  public CertificateSummary suspendForHolder(
      TenantId tenant, long holderId, String code, Actor actor) {
    actor.requireActingOperator();
    return suspendChecked(tenant, Optional.of(holderId), code, actor);
  }

  private CertificateSummary suspendChecked(
      TenantId tenant, Optional<Long> holderId, String code, Actor actor) {
    char[] typed = normalised(code);
    if (!checks.check(tenant, holderId, typed, actor)) {
      throw new SigilloException(PlatformError.EMERGENCY_CODE_REFUSED);
    }
    Holder holder = em.find(Holder.class, holderId.orElseThrow());
    Optional<CertificateSummary> current =
        holder.certificateId().map(id -> certificates.get(tenant, id));
    if (current.isEmpty() || current.get().status() != CertificateStatus.ACTIVE) {
      // already suspended, revoked or expired: the same answer, nothing to reveal or change
      throw new SigilloException(PlatformError.EMERGENCY_CODE_REFUSED);
    }
    return certificates.suspend(
        tenant, current.get().id(), "emergency code (without the signature device)", actor);
  }

  private Optional<EmergencyCode> code(long holderId) {
    return em.createNamedQuery("EmergencyCode.ofHolder", EmergencyCode.class)
        .setParameter("holder", holderId)
        .getResultStream()
        .findFirst();
  }

  private Holder holder(String username) {
    return em.createNamedQuery("Holder.byUsername", Holder.class)
        .setParameter("username", username)
        .getResultStream()
        .findFirst()
        .orElseThrow(() -> new SigilloException(SignatureError.HOLDER_NOT_FOUND));
  }

  static char[] newCode() {
    char[] code = new char[LENGTH];
    for (int i = 0; i < LENGTH; i++) {
      code[i] = ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length()));
    }
    return code;
  }

  /** Four groups of four, to read on the phone. */
  static String grouped(char[] code) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < code.length; i++) {
      if (i > 0 && i % 4 == 0) {
        text.append('-');
      }
      text.append(code[i]);
    }
    return text.toString();
  }

  /**
   * What the person typed, as issued: upper case, dashes and spaces dropped, and the letters
   * Crockford's alphabet reads as digits (O as 0, I and L as 1).
   */
  static char[] normalised(String typed) {
    if (typed == null) {
      return new char[0];
    }
    StringBuilder code = new StringBuilder();
    for (char c : typed.toUpperCase(Locale.ROOT).toCharArray()) {
      if (c == '-' || Character.isWhitespace(c)) {
        continue;
      }
      code.append(c == 'O' ? '0' : c == 'I' || c == 'L' ? '1' : c);
      if (code.length() > 64) {
        break;
      }
    }
    char[] result = new char[code.length()];
    code.getChars(0, code.length(), result, 0);
    return result;
  }
}

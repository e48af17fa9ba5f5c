package io.sigillo.signature.application.holder;

import io.sigillo.core.audit.Actor;
import io.sigillo.core.security.Roles;
import io.sigillo.core.tenant.TenantId;
import io.sigillo.signature.domain.holder.EmergencyCode;
import io.sigillo.signature.infrastructure.crypto.PasswordHasher;
import io.sigillo.signature.infrastructure.persistence.SignatureTenantBinding;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;

/**
 * The emergency code's check in a transaction of its own: a wrong code counts towards the lock even
 * though the caller then throws. The row is locked while it changes, so parallel guesses cannot
 * slip past the threshold.
 */
@Stateless
@Interceptors(SignatureTenantBinding.class)
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
@DeclareRoles({Roles.USER, Roles.OPERATOR, Roles.PLATFORM_ADMIN, Roles.SERVICE, Roles.SYSTEM})
// reached only through EmergencySuspensionBean, which runs as the platform
@RolesAllowed(Roles.SYSTEM)
public class EmergencyCodeChecks {

  @PersistenceContext(unitName = "sigillo-signature")
  private EntityManager em;

  @Inject private PasswordHasher hasher;
  @Inject private HolderAudit audit;
  @Inject private Clock clock;

  /** A hash of a code nobody has, checked when there is no code to check: the same work. */
  private String decoy;

  @PostConstruct
  void prepare() {
    decoy = hasher.hash(EmergencySuspensionBean.newCode());
  }

  /** Whether the code is the holder's and its lock is open; a wrong one is counted. */
  public boolean check(TenantId tenant, Optional<Long> holderId, char[] typed, Actor actor) {
    try {
      Optional<EmergencyCode> stored =
          holderId.flatMap(
              id ->
                  em.createNamedQuery("EmergencyCode.ofHolder", EmergencyCode.class)
                      .setParameter("holder", id)
                      .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                      .getResultStream()
                      .findFirst());
      boolean matches = hasher.matches(typed, stored.map(EmergencyCode::codeHash).orElse(decoy));
      if (stored.isEmpty()) {
        return false;
      }
      EmergencyCode code = stored.get();
      Instant now = clock.instant();
      if (code.lockedAt(now)) {
        audit.record(tenant, actor, "signature.emergency-code.locked", code.holderId(), "refused");
        return false;
      }
      if (!matches) {
        code.wrong(now);
        audit.record(
            tenant, actor, "signature.emergency-code.wrong", code.holderId(), "wrong code");
        return false;
      }
      code.used(now);
      audit.record(
          tenant, actor, "signature.emergency-code.used", code.holderId(), "code accepted");
      return true;
    } finally {
      Arrays.fill(typed, '\0');
    }
  }
}

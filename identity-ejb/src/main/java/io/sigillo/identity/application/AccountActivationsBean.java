package io.sigillo.identity.application;

import io.sigillo.core.audit.Actor;
import io.sigillo.core.error.SigilloException;
import io.sigillo.core.tenant.TenantId;
import io.sigillo.identity.api.AccountActivations;
import io.sigillo.identity.api.IdentityError;
import io.sigillo.identity.api.IdentityStatus;
import io.sigillo.identity.domain.AccountActivation;
import io.sigillo.identity.domain.Identity;
import io.sigillo.identity.infrastructure.persistence.IdentityTenantBinding;
import io.sigillo.tenancy.api.LoginAccounts;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.regex.Pattern;

/**
 * The activation links of enrolled customers. Anonymous by nature (the customer has no password
 * yet): the link is the proof. Using it is one conditional update, so a link sets one password even
 * when opened twice at once; a refused password leaves it unused.
 */
@Stateless
@Interceptors(IdentityTenantBinding.class)
// the customer has no password yet: the 256-bit link is the credential
@PermitAll
public class AccountActivationsBean implements AccountActivations {

  private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{43}");

  @PersistenceContext(unitName = "sigillo-identity")
  private EntityManager em;

  @Inject private Clock clock;
  @Inject private LoginAccounts accounts;
  @Inject private IdentityAudit audit;

  @Override
  public String check(TenantId tenant, String token) {
    return identityOf(usable(token, clock.instant())).username();
  }

  @Override
  public String activate(TenantId tenant, String token, char[] password) {
    try {
      Instant now = clock.instant();
      AccountActivation activation = usable(token, now);
      Identity identity = identityOf(activation);
      int used =
          em.createNamedQuery("AccountActivation.use")
              .setParameter("id", activation.id())
              .setParameter("now", now.atOffset(java.time.ZoneOffset.UTC))
              .executeUpdate();
      if (used != 1) {
        // another opening of the same link won the race
        throw new SigilloException(IdentityError.ACTIVATION_LINK_USED);
      }
      if (!accounts.setPassword(identity.username(), password.clone())) {
        throw new SigilloException(IdentityError.ACTIVATION_PASSWORD_REFUSED);
      }
      audit.record(
          tenant,
          Actor.person(identity.username(), "", io.sigillo.core.security.Assurance.NONE),
          "identity.account.activated",
          identity.id(),
          "password set through the activation link");
      return identity.username();
    } finally {
      Arrays.fill(password, '\0');
    }
  }

  private AccountActivation usable(String token, Instant now) {
    String given = token == null ? "" : token.strip();
    AccountActivation activation =
        TOKEN.matcher(given).matches()
            ? em.createNamedQuery("AccountActivation.byHash", AccountActivation.class)
                .setParameter("hash", EnrolmentsBean.sha256(given))
                .getResultStream()
                .findFirst()
                .orElse(null)
            : null;
    if (activation == null) {
      throw new SigilloException(IdentityError.ACTIVATION_LINK_UNKNOWN);
    }
    if (activation.used()) {
      throw new SigilloException(IdentityError.ACTIVATION_LINK_USED);
    }
    if (activation.expired(now)) {
      throw new SigilloException(IdentityError.ACTIVATION_LINK_EXPIRED);
    }
    return activation;
  }

  private Identity identityOf(AccountActivation activation) {
    Identity identity = em.find(Identity.class, activation.identityId());
    if (identity == null || identity.status() != IdentityStatus.ACTIVE) {
      // suspended or revoked since the enrolment: the link activates nothing
      throw new SigilloException(IdentityError.ACTIVATION_LINK_UNKNOWN);
    }
    return identity;
  }
}

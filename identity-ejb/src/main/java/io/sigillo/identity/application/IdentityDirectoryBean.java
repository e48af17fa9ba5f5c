package io.sigillo.identity.application;

import io.sigillo.core.error.SigilloException;
import io.sigillo.core.security.Roles;
import io.sigillo.core.tenant.TenantId;
import io.sigillo.identity.api.IdentityDirectory;
import io.sigillo.identity.api.IdentityError;
import io.sigillo.identity.api.IdentitySummary;
import io.sigillo.identity.api.NewIdentity;
import io.sigillo.identity.domain.Identity;
import io.sigillo.identity.domain.InvalidIdentityData;
import io.sigillo.identity.infrastructure.persistence.IdentityTenantBinding;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The identity directory of each tenant. The tenant filter is applied by EclipseLink. */
@Stateless
@Interceptors(IdentityTenantBinding.class)
@DeclareRoles({Roles.USER, Roles.OPERATOR, Roles.PLATFORM_ADMIN, Roles.SERVICE, Roles.SYSTEM})
// a person finds their own record, staff search
@RolesAllowed({Roles.USER, Roles.OPERATOR, Roles.PLATFORM_ADMIN, Roles.SYSTEM})
public class IdentityDirectoryBean implements IdentityDirectory {

  @PersistenceContext(unitName = "sigillo-identity")
  private EntityManager em;

  @Inject private Clock clock;

  // new identities: staff and the platform, never a person
  @RolesAllowed({Roles.OPERATOR, Roles.PLATFORM_ADMIN, Roles.SYSTEM})
  @Override
  public IdentitySummary register(TenantId tenant, NewIdentity request) {
    Identity identity;
    try {
      identity =
          Identity.register(
              request.username(),
              request.givenName(),
              request.surname(),
              request.email(),
              request.mobile(),
              request.codiceFiscale(),
              request.birthDate(),
              clock.instant());
    } catch (InvalidIdentityData e) {
      throw e.refusal();
    }
    if (byUsername(identity.username()).isPresent()) {
      throw new SigilloException(IdentityError.USERNAME_TAKEN, identity.username());
    }
    boolean taxCodeTaken =
        identity.codiceFiscale().isPresent()
            && !em.createNamedQuery("Identity.byCodiceFiscale", Identity.class)
                .setParameter("codiceFiscale", identity.codiceFiscale().get())
                .getResultList()
                .isEmpty();
    if (taxCodeTaken) {
      throw new SigilloException(IdentityError.CODICE_FISCALE_TAKEN);
    }
    em.persist(identity);
    em.flush();
    return identity.summary();
  }

  @Override
  public Optional<IdentitySummary> find(TenantId tenant, long id) {
    return Optional.ofNullable(em.find(Identity.class, id)).map(Identity::summary);
  }

  @Override
  public Optional<IdentitySummary> findByUsername(TenantId tenant, String username) {
    return byUsername(username == null ? "" : username.trim().toLowerCase(Locale.ROOT))
        .map(Identity::summary);
  }

  @Override
  public Optional<IdentitySummary> findByTaxCode(TenantId tenant, String taxCode) {
    String code = taxCode == null ? "" : taxCode.strip().toUpperCase(Locale.ROOT);
    if (code.length() != 16) {
      return Optional.empty();
    }
    return em.createNamedQuery("Identity.byCodiceFiscale", Identity.class)
        .setParameter("codiceFiscale", code)
        .getResultStream()
        .findFirst()
        .map(Identity::summary);
  }

  @RolesAllowed({Roles.OPERATOR, Roles.PLATFORM_ADMIN, Roles.SYSTEM})
  @Override
  public List<IdentitySummary> search(TenantId tenant, String text, int limit) {
    String like = "%" + likeLiteral(text == null ? "" : text.trim().toLowerCase(Locale.ROOT)) + "%";
    return em.createNamedQuery("Identity.search", Identity.class)
        .setParameter("text", like)
        .setMaxResults(Math.max(1, Math.min(limit, 200)))
        .getResultStream()
        .map(Identity::summary)
        .toList();
  }

  @RolesAllowed({Roles.OPERATOR, Roles.PLATFORM_ADMIN, Roles.SYSTEM})
  @Override
  public long count(TenantId tenant) {
    return em.createNamedQuery("Identity.count", Long.class).getSingleResult();
  }

  private Optional<Identity> byUsername(String username) {
    return em.createNamedQuery("Identity.byUsername", Identity.class)
        .setParameter("username", username)
        .getResultStream()
        .findFirst();
  }

  /**
   * The text as a LIKE literal: its own {@code %} and {@code _} match themselves, not "anything",
   * so searching for "%" does not list everyone. The escape character is {@code !} (declared in the
   * query), which needs no quoting in Java, JPQL, PostgreSQL or H2.
   */
  static String likeLiteral(String text) {
    return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
  }
}

package io.sigillo.tenancy.application;

import io.sigillo.core.error.PlatformError;
import io.sigillo.core.error.SigilloException;
import io.sigillo.core.security.Roles;
import io.sigillo.core.tenant.TenantId;
import io.sigillo.tenancy.api.NewTenant;
import io.sigillo.tenancy.api.TenantChanges;
import io.sigillo.tenancy.api.TenantStatus;
import io.sigillo.tenancy.api.TenantView;
import io.sigillo.tenancy.domain.Tenant;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/** Reads and writes tenants. Platform-owned data: no tenant filter applies here. */
@Stateless
@DeclareRoles({
  Roles.USER,
  Roles.OPERATOR,
  Roles.PLATFORM_ADMIN,
  Roles.SERVICE,
  Roles.LOGIN_BROKER,
  Roles.SYSTEM
})
// the tenant list is the platform operator's
@RolesAllowed({Roles.PLATFORM_ADMIN, Roles.SYSTEM})
public class TenantRegistry {

  @PersistenceContext(unitName = "sigillo-tenancy")
  private EntityManager em;

  @Inject private Clock clock;

  // every request is resolved to its tenant before anyone is authenticated (TenantCache)
  @PermitAll
  public Optional<TenantView> findByHost(String host) {
    return em.createNamedQuery("Tenant.byHost", Tenant.class)
        .setParameter("host", Tenant.normaliseHost(host))
        .getResultStream()
        .findFirst()
        .map(Tenant::view);
  }

  // Keycloak's level-2 step names the tenant in its (tenantless) path: one tenant, by its id
  @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.LOGIN_BROKER, Roles.SYSTEM})
  public Optional<TenantView> find(TenantId id) {
    return entity(id).map(Tenant::view);
  }

  public List<TenantView> list() {
    return em.createNamedQuery("Tenant.all", Tenant.class)
        .getResultStream()
        .map(Tenant::view)
        .toList();
  }

  /** Registers a tenant in state PROVISIONING; refuses a slug or host name already in use. */
  public TenantView register(NewTenant request) {
    Tenant tenant;
    try {
      tenant = Tenant.create(request, clock.instant());
    } catch (IllegalArgumentException e) {
      throw new SigilloException(PlatformError.VALIDATION, "tenant", e.getMessage());
    }
    TenantView view = tenant.view();
    if (entity(view.id()).isPresent()) {
      throw new SigilloException(PlatformError.TENANT_EXISTS, view.id().value());
    }
    for (String host : view.hosts()) {
      if (findByHost(host).isPresent()) {
        throw new SigilloException(PlatformError.TENANT_EXISTS, host);
      }
    }
    em.persist(tenant);
    flushUnique(view.id().value() + ", " + String.join(", ", view.hosts()));
    return tenant.view();
  }

  /** Edits a tenant; refuses a host name another tenant already uses. */
  public TenantView edit(TenantId id, TenantChanges changes) {
    Tenant tenant = entity(id).orElseThrow(() -> new SigilloException(PlatformError.NOT_FOUND));
    try {
      for (String host : Tenant.normaliseHosts(changes.hosts())) {
        Optional<TenantView> owner = findByHost(host);
        if (owner.isPresent() && !owner.get().id().equals(id)) {
          throw new SigilloException(PlatformError.TENANT_EXISTS, host);
        }
      }
      tenant.edit(changes);
    } catch (IllegalArgumentException e) {
      throw new SigilloException(PlatformError.VALIDATION, "tenant", e.getMessage());
    }
    flushUnique(String.join(", ", tenant.view().hosts()));
    return tenant.view();
  }

  /**
   * Writes now, inside the method. The reads above give a precise answer in the common case; the
   * unique slug and host indexes decide when two requests pass them at the same time, and the loser
   * gets the same catalogued conflict instead of a failed commit.
   */
  private void flushUnique(String taken) {
    try {
      em.flush();
    } catch (PersistenceException e) {
      if (uniqueViolation(e)) {
        throw new SigilloException(PlatformError.TENANT_EXISTS, taken);
      }
      throw e;
    }
  }

  /** SQLSTATE 23505 (unique_violation) on PostgreSQL and H2 alike. */
  private static boolean uniqueViolation(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof SQLException sql && "23505".equals(sql.getSQLState())) {
        return true;
      }
    }
    return false;
  }

  public TenantView setStatus(TenantId id, TenantStatus status) {
    Tenant tenant = entity(id).orElseThrow(() -> new SigilloException(PlatformError.NOT_FOUND));
    switch (status) {
      case ACTIVE -> tenant.activate();
      case DISABLED -> tenant.disable();
      case PROVISIONING ->
          throw new IllegalArgumentException("a tenant cannot go back to provisioning");
    }
    return tenant.view();
  }

  private Optional<Tenant> entity(TenantId id) {
    return em.createNamedQuery("Tenant.bySlug", Tenant.class)
        .setParameter("slug", id.value())
        .getResultStream()
        .findFirst();
  }
}

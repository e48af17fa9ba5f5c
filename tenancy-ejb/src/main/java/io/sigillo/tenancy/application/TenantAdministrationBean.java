package io.sigillo.tenancy.application;

import io.sigillo.core.audit.AuditEvent;
import io.sigillo.core.audit.AuditLog;
import io.sigillo.core.audit.AuditSubject;
import io.sigillo.core.error.PlatformError;
import io.sigillo.core.error.SigilloException;
import io.sigillo.core.security.Roles;
import io.sigillo.core.tenant.TenantId;
import io.sigillo.tenancy.api.BackEndCredentials;
import io.sigillo.tenancy.api.Branding;
import io.sigillo.tenancy.api.LoginAccounts;
import io.sigillo.tenancy.api.LoginAccounts.PortalAccount;
import io.sigillo.tenancy.api.LoginClients;
import io.sigillo.tenancy.api.NewTenant;
import io.sigillo.tenancy.api.TenancyError;
import io.sigillo.tenancy.api.TenantAdministration;
import io.sigillo.tenancy.api.TenantChanges;
import io.sigillo.tenancy.api.TenantStatus;
import io.sigillo.tenancy.api.TenantView;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Creates, re-provisions and disables tenants. Registration commits first, then the login broker is
 * provisioned (a remote call that cannot join our transaction); a failure leaves the tenant in
 * PROVISIONING and {@link #provision} can simply be repeated.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
@DeclareRoles({Roles.USER, Roles.OPERATOR, Roles.PLATFORM_ADMIN, Roles.SERVICE, Roles.SYSTEM})
// tenants are the platform operator's
@RolesAllowed({Roles.PLATFORM_ADMIN, Roles.SYSTEM})
public class TenantAdministrationBean implements TenantAdministration {

  private static final Logger LOG = Logger.getLogger(TenantAdministrationBean.class.getName());

  @Inject private TenantRegistry registry;
  @Inject private TenantProvisioning provisioning;
  @Inject private BackEndSecrets backEndSecrets;
  @Inject private TenantLogos logos;
  @Inject private TenantCache cache;
  @Inject private LoginAccounts accounts;
  @Inject private AuditLog audit;
  @Inject private Clock clock;

  @Override
  public TenantView create(NewTenant request, String actor, String correlationId) {
    TenantView registered = registry.register(request);
    record(registered.id(), actor, "tenant.created", correlationId);
    return provision(registered.id(), actor, correlationId);
  }

  @Override
  public TenantView provision(TenantId id, String actor, String correlationId) {
    TenantView tenant =
        registry.find(id).orElseThrow(() -> new SigilloException(PlatformError.NOT_FOUND));
    try {
      provisioning.provision(tenant);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "[" + correlationId + "] provisioning of tenant " + id + " failed", e);
      throw new SigilloException(PlatformError.PROVISIONING_FAILED);
    }
    TenantView active =
        tenant.status() == TenantStatus.DISABLED
            ? tenant
            : registry.setStatus(id, TenantStatus.ACTIVE);
    record(id, actor, "tenant.provisioned", correlationId);
    cache.evict();
    return active;
  }

  /** Edits name, hosts and branding, then pushes them to the login broker (the login theme). */
  @Override
  public TenantView edit(TenantId id, TenantChanges changes, String actor, String correlationId) {
    TenantView current =
        registry.find(id).orElseThrow(() -> new SigilloException(PlatformError.NOT_FOUND));
    registry.edit(
        id,
        new TenantChanges(
            changes.displayName(), changes.hosts(), keepLogo(current, changes.branding())));
    record(id, actor, "tenant.edited", correlationId);
    cache.evict();
    return provision(id, actor, correlationId);
  }

  /** Checks and stores an uploaded logo and makes it the tenant's logo, portal and login alike. */
  @Override
  public TenantView uploadLogo(TenantId id, byte[] content, String actor, String correlationId) {
    TenantView tenant =
        registry.find(id).orElseThrow(() -> new SigilloException(PlatformError.NOT_FOUND));
    String path = logos.store(id, content);
    Branding b = tenant.branding();
    registry.edit(
        id,
        new TenantChanges(
            tenant.displayName(),
            tenant.hosts(),
            new Branding(
                b.primaryColor(), b.accentColor(), path, b.supportEmail(), b.supportPhone())));
    record(id, actor, "tenant.logo-uploaded", correlationId);
    cache.evict();
    return provision(id, actor, correlationId);
  }

  /** Serves and logs in again after {@link #disable}. */
  @Override
  public TenantView enable(TenantId id, String actor, String correlationId) {
    registry.setStatus(id, TenantStatus.ACTIVE);
    record(id, actor, "tenant.enabled", correlationId);
    cache.evict();
    return provision(id, actor, correlationId);
  }

  @Override
  public TenantView disable(TenantId id, String actor, String correlationId) {
    TenantView tenant = registry.setStatus(id, TenantStatus.DISABLED);
    provisioning.disable(tenant);
    record(id, actor, "tenant.disabled", correlationId);
    cache.evict();
    return tenant;
  }

  /**
   * The branding an edit stores: the tenant's own when the edit brings none, and the uploaded logo
   * when the edit names no logo (logos are uploaded on their own, and an edit form or API client
   * that leaves the field out must not drop one).
   */
  private static Branding keepLogo(TenantView current, Branding wanted) {
    Branding branding = wanted == null ? current.branding() : wanted;
    if (branding.logoUrl() != null || current.branding().logoUrl() == null) {
      return branding;
    }
    return new Branding(
        branding.primaryColor(),
        branding.accentColor(),
        current.branding().logoUrl(),
        branding.supportEmail(),
        branding.supportPhone());
  }

  @Override
  public BackEndCredentials backEndCredentials(TenantId id, String actor, String correlationId) {
    requireTenant(id);
    String secret = fromBroker(() -> backEndSecrets.secret(id), id, correlationId);
    record(id, actor, "tenant.backend-secret-read", correlationId);
    return new BackEndCredentials(LoginClients.Kind.BACK_END.clientId(id), secret);
  }

  @Override
  public BackEndCredentials rotateBackEndSecret(TenantId id, String actor, String correlationId) {
    requireTenant(id);
    String secret = fromBroker(() -> backEndSecrets.rotate(id), id, correlationId);
    record(id, actor, "tenant.backend-secret-rotated", correlationId);
    return new BackEndCredentials(LoginClients.Kind.BACK_END.clientId(id), secret);
  }

  /**
   * A secret from the login broker: missing client → TEN-006, broker unreachable → SIG-008 (the
   * cause is logged, never the secret, which the failure cannot carry).
   */
  private static String fromBroker(
      Supplier<Optional<String>> call, TenantId id, String correlationId) {
    Optional<String> secret;
    try {
      secret = call.get();
    } catch (RuntimeException e) {
      LOG.log(
          Level.WARNING, "[" + correlationId + "] back-end secret of tenant " + id + " failed", e);
      throw new SigilloException(PlatformError.LOGIN_UNAVAILABLE);
    }
    return secret.orElseThrow(() -> new SigilloException(TenancyError.CLIENT_NOT_PROVISIONED));
  }

  private void requireTenant(TenantId id) {
    if (registry.find(id).isEmpty()) {
      throw new SigilloException(PlatformError.NOT_FOUND);
    }
  }

  @Override
  public void ensureAccount(TenantId id, PortalAccount account, Set<String> roles) {
    TenantView tenant =
        registry.find(id).orElseThrow(() -> new SigilloException(PlatformError.NOT_FOUND));
    if (account == null || account.username() == null || account.username().isBlank()) {
      throw new SigilloException(PlatformError.VALIDATION, "username", "missing");
    }
    if (account.initialPassword() == null || account.initialPassword().length < 12) {
      throw new SigilloException(PlatformError.VALIDATION, "initialPassword", "at least 12");
    }
    Set<String> granted = roles == null || roles.isEmpty() ? Set.of("user") : roles;
    if (!Set.of("user", "operator").containsAll(granted)) {
      throw new SigilloException(PlatformError.VALIDATION, "roles", "user, operator");
    }
    accounts.ensure(
        tenant,
        new PortalAccount(
            account.username().trim(),
            account.givenName(),
            account.surname(),
            account.email(),
            account.initialPassword()),
        granted);
  }

  private void record(TenantId tenant, String actor, String action, String correlationId) {
    audit.record(
        new AuditEvent(
            Optional.of(tenant),
            actor,
            action,
            AuditSubject.tenant(tenant),
            "",
            correlationId,
            clock.instant()));
  }
}

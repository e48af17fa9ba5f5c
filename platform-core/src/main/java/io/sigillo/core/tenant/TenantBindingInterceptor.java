package io.sigillo.core.tenant;

import io.sigillo.core.error.PlatformError;
import io.sigillo.core.error.SigilloException;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.InvocationContext;
import jakarta.persistence.EntityManager;
import java.util.Arrays;
import java.util.List;

/**
 * Binds the tenant of a business call to the module's container-managed {@link EntityManager},
 * inside the call's transaction, so EclipseLink's {@code @Multitenant} filter applies to every
 * query, {@code find} and insert made during the call.
 *
 * <p>The tenant is the call's {@link TenantId} argument: api methods take it explicitly. A call
 * that carries no tenant, or two different ones, is refused before it reaches the database, because
 * EclipseLink would otherwise insert rows with a NULL tenant. Each EJB module subclasses this with
 * its own persistence context (one persistence unit per module).
 */
public abstract class TenantBindingInterceptor {

  /** The EclipseLink context property that carries the tenant discriminator value. */
  public static final String TENANT_PROPERTY = "eclipselink.tenant-id";

  protected abstract EntityManager entityManager();

  @AroundInvoke
  public Object bindTenant(InvocationContext invocation) throws Exception {
    TenantId tenant = tenantOf(invocation.getParameters());
    EntityManager em = entityManager();
    Object previous = em.getProperties().get(TENANT_PROPERTY);
    if (previous != null && !previous.equals(tenant.value())) {
      throw new SigilloException(PlatformError.TENANT_MISMATCH);
    }
    em.setProperty(TENANT_PROPERTY, tenant.value());
    return invocation.proceed();
  }

  static TenantId tenantOf(Object[] parameters) {
    List<TenantId> tenants =
        Arrays.stream(parameters == null ? new Object[0] : parameters)
            .filter(TenantId.class::isInstance)
            .map(TenantId.class::cast)
            .distinct()
            .toList();
    if (tenants.isEmpty()) {
      throw new SigilloException(PlatformError.TENANT_REQUIRED);
    }
    if (tenants.size() > 1) {
      throw new SigilloException(PlatformError.TENANT_MISMATCH);
    }
    return tenants.get(0);
  }
}

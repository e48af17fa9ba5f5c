/**
 * Tenant identity and the binding of a tenant to the container-managed persistence context.
 *
 * <p>Tenants are passed explicitly as {@link io.sigillo.core.tenant.TenantId} into every api
 * method; there is no mutable "current tenant" anywhere in the platform.
 */
package io.sigillo.core.tenant;

/**
 * Support requests: a person describes a problem (pre-filled with the last error's code and
 * correlation id, their operating system and browser) with an optional screenshot; the tenant's
 * operators answer; the tenant's support address is told by e-mail once the request has committed.
 * Tenant-owned data, filtered by EclipseLink's {@code @Multitenant} through {@link
 * io.sigillo.reseller.infrastructure.persistence.ResellerTenantBinding}.
 */
package io.sigillo.reseller.support;

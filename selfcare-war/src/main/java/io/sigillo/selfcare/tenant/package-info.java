/**
 * Tenants (resellers): registry, branding, and the resolution of a request's tenant from its host
 * name into a read-only request-scoped context.
 */
package io.sigillo.selfcare.tenant;

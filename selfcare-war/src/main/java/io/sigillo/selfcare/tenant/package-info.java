/**
 * The web edge of tenancy: the resolution of a request's tenant from its host name into a read-only
 * request-scoped context, and the tenant's logo on its own host. The registry itself is the tenancy
 * module's ({@code io.sigillo.tenancy.api}).
 */
package io.sigillo.selfcare.tenant;

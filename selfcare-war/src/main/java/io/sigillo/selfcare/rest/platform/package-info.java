/**
 * The platform operator's API under {@code /api/platform}: tenants and their login accounts. Not
 * tenant-scoped; every call needs the realm role {@code platform-admin}, usually a
 * client-credentials bearer token of a platform back-end.
 */
package io.sigillo.selfcare.rest.platform;

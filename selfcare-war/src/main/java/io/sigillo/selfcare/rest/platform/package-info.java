/**
 * The platform operator's API under {@code /api/platform}: tenants, their login accounts and their
 * remote-signature certificate policies, and OTP key rotation. Not tenant-scoped; every call needs
 * the realm role {@code platform-admin}, usually a client-credentials bearer token of a platform
 * back-end.
 */
package io.sigillo.selfcare.rest.platform;

package io.sigillo.otp.api;

/**
 * An authenticator app to enrol.
 *
 * @param owner the person the device belongs to: a tenant-scoped subject id, usually the username
 *     of the identity or of the signature holder, so both products find the same device
 * @param issuer the name the app will list the account under: the tenant's display name
 */
public record NewTotpDevice(String owner, String issuer) {}

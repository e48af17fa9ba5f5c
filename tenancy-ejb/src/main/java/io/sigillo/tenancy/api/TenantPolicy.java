package io.sigillo.tenancy.api;

/**
 * The policies the platform operator sets per tenant, OTP and signature together: OTP window,
 * look-ahead and lockout for login and for signing, then certificate validity and renewal window.
 * The OTP module and the signature module check every value when it is saved.
 */
public record TenantPolicy(
    int loginWindow,
    int loginLookAhead,
    int loginLockout,
    int signWindow,
    int signLookAhead,
    int signLockout,
    int certificateValidityDays,
    int renewalWindowDays) {

  /** Whether the signature half differs from {@code other}'s. */
  public boolean signatureDiffers(TenantPolicy other) {
    return certificateValidityDays != other.certificateValidityDays
        || renewalWindowDays != other.renewalWindowDays;
  }
}

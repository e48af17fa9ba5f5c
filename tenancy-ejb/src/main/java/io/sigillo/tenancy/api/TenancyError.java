package io.sigillo.tenancy.api;

import io.sigillo.core.error.ErrorCode;

/**
 * Errors of the tenant registry ({@code TEN-0xx}): logos and the tenant form. The numbers are the
 * ones these errors had as portal errors ({@code PRT-001..004}, {@code PRT-040}), so a code someone
 * noted down still names the same problem; {@code TEN-005} is a tenant named in a tenantless API's
 * path that is unknown or not active; {@code TEN-006} a tenant whose back-end client provisioning
 * has not made yet; {@code TEN-041..045} the SPID password change. Texts in {@code TenancyErrors}.
 */
public enum TenancyError implements ErrorCode {
  LOGO_TOO_LARGE("TEN-001", 400),
  LOGO_NOT_AN_IMAGE("TEN-002", 400),
  LOGO_UNSAFE_SVG("TEN-003", 400),
  TENANT_FORM_INVALID("TEN-004", 400),
  TENANT_UNKNOWN("TEN-005", 404),
  // the tenant has no back-end client in the login broker yet: provisioning makes it
  CLIENT_NOT_PROVISIONED("TEN-006", 409),
  IMAGE_TOO_MANY_PIXELS("TEN-040", 400),
  // the SPID password change of self-care (PasswordChanges)
  PASSWORD_CHANGE_NEEDS_LEVEL_2("TEN-041", 403),
  PASSWORD_CURRENT_WRONG("TEN-042", 400),
  PASSWORD_NEW_INVALID("TEN-043", 400),
  PASSWORD_CONFIRMATION_DIFFERENT("TEN-044", 400),
  PASSWORD_REFUSED_BY_POLICY("TEN-045", 400);

  private final String code;
  private final int httpStatus;

  TenancyError(String code, int httpStatus) {
    this.code = code;
    this.httpStatus = httpStatus;
  }

  @Override
  public String code() {
    return code;
  }

  @Override
  public int httpStatus() {
    return httpStatus;
  }

  @Override
  public String bundle() {
    return "io.sigillo.tenancy.api.TenancyErrors";
  }
}

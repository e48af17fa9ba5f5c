package io.sigillo.tenancy.api;

import io.sigillo.core.error.ErrorCode;

/**
 * Errors of the tenant registry ({@code TEN-0xx}): logos and the tenant form. The numbers are the
 * ones these errors had as portal errors ({@code PRT-001..004}, {@code PRT-040}), so a code someone
 * noted down still names the same problem; {@code TEN-005} is a tenant named in a tenantless API's
 * path that is unknown or not active. Texts in {@code TenancyErrors}.
 */
public enum TenancyError implements ErrorCode {
  LOGO_TOO_LARGE("TEN-001", 400),
  LOGO_NOT_AN_IMAGE("TEN-002", 400),
  LOGO_UNSAFE_SVG("TEN-003", 400),
  TENANT_FORM_INVALID("TEN-004", 400),
  TENANT_UNKNOWN("TEN-005", 404),
  IMAGE_TOO_MANY_PIXELS("TEN-040", 400);

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

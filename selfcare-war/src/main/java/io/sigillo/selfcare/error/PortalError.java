package io.sigillo.selfcare.error;

import io.sigillo.core.error.ErrorCode;

/**
 * Errors of the reseller portal's own features ({@code PRT-0xx}): the operator console and the web
 * edge's own checks. Tenants and their logos have tenancy-ejb's {@code TenancyError} ({@code
 * TEN-0xx}), the support desk and the help centre reseller-ejb's {@code ResellerError} ({@code
 * RES-0xx}), each with the numbers they had here. Texts in {@code
 * io.sigillo.selfcare.error.PortalErrors}.
 */
public enum PortalError implements ErrorCode {
  REASON_REQUIRED("PRT-013", 400);

  private final String code;
  private final int httpStatus;

  PortalError(String code, int httpStatus) {
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
    return "io.sigillo.selfcare.error.PortalErrors";
  }
}

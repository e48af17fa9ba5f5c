package io.sigillo.selfcare.error;

import io.sigillo.core.error.ErrorCode;

/**
 * Errors of the reseller portal's own features ({@code PRT-0xx}): tenant administration, logos and
 * the operator console. The support desk's and help centre's codes moved to reseller-ejb's {@code
 * ResellerError} ({@code RES-0xx}, same numbers). Texts in {@code
 * io.sigillo.selfcare.error.PortalErrors}.
 */
public enum PortalError implements ErrorCode {
  LOGO_TOO_LARGE("PRT-001", 400),
  LOGO_NOT_AN_IMAGE("PRT-002", 400),
  LOGO_UNSAFE_SVG("PRT-003", 400),
  TENANT_FORM_INVALID("PRT-004", 400),
  REASON_REQUIRED("PRT-013", 400),
  IMAGE_TOO_MANY_PIXELS("PRT-040", 400);

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

package io.sigillo.selfcare.error;

import io.sigillo.core.error.ErrorCode;

/**
 * Errors of the reseller portal's own features ({@code PRT-0xx}): tenant administration, logos,
 * support requests, guides and the operator console. Texts in {@code
 * io.sigillo.selfcare.error.PortalErrors}.
 */
public enum PortalError implements ErrorCode {
  LOGO_TOO_LARGE("PRT-001", 400),
  LOGO_NOT_AN_IMAGE("PRT-002", 400),
  LOGO_UNSAFE_SVG("PRT-003", 400),
  TENANT_FORM_INVALID("PRT-004", 400),
  ATTACHMENT_TOO_LARGE("PRT-005", 400),
  ATTACHMENT_NOT_AN_IMAGE("PRT-006", 400),
  SUPPORT_REQUEST_NOT_FOUND("PRT-007", 404),
  SUPPORT_DESCRIPTION_REQUIRED("PRT-008", 400),
  GUIDE_NOT_FOUND("PRT-009", 404),
  GUIDE_INVALID("PRT-010", 400),
  GUIDE_RATING_INVALID("PRT-011", 400),
  SIGN_IN_TO_VOTE("PRT-012", 401),
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

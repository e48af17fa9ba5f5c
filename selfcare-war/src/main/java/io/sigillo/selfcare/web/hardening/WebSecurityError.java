package io.sigillo.selfcare.web.hardening;

import io.sigillo.core.error.ErrorCode;

/**
 * Requests the portal refuses before they reach a feature ({@code SIG-07x}): bodies of the wrong
 * type and cross-site calls with the session cookie. Texts in {@code
 * io.sigillo.selfcare.web.hardening.WebSecurityErrors}.
 */
public enum WebSecurityError implements ErrorCode {
  UNSUPPORTED_MEDIA_TYPE("SIG-070", 415),
  CROSS_SITE_REQUEST("SIG-071", 403),
  UNREADABLE_FORM("SIG-080", 400);

  private final String code;
  private final int httpStatus;

  WebSecurityError(String code, int httpStatus) {
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
    return "io.sigillo.selfcare.web.hardening.WebSecurityErrors";
  }
}

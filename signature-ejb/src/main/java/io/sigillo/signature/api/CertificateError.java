package io.sigillo.signature.api;

import io.sigillo.core.error.ErrorCode;

/**
 * Certificate, key store and signing errors ({@code CERT-xxx}); texts in {@code
 * io.sigillo.signature.api.CertificateErrors}.
 */
public enum CertificateError implements ErrorCode {
  CERTIFICATE_NOT_FOUND("CERT-001", 404),
  REQUEST_INVALID("CERT-002", 400),
  CERTIFICATE_SUSPENDED("CERT-003", 409),
  CERTIFICATE_REVOKED("CERT-004", 409),
  CERTIFICATE_EXPIRED("CERT-005", 409),
  TRANSITION_NOT_ALLOWED("CERT-006", 409),
  REASON_REQUIRED("CERT-007", 400),
  DOCUMENT_HASH_MALFORMED("CERT-008", 400),
  AUTHORISATION_NOT_FOUND("CERT-009", 404),
  AUTHORISATION_USED("CERT-010", 409),
  AUTHORISATION_EXPIRED("CERT-011", 410),
  DOCUMENT_HASH_MISMATCH("CERT-012", 422),
  NOT_A_PDF("CERT-013", 400),
  DOCUMENT_TOO_LARGE("CERT-014", 413),
  KEY_STORE_UNAVAILABLE("CERT-015", 503),
  SIGNING_FAILED("CERT-016", 500);

  private final String code;
  private final int httpStatus;

  CertificateError(String code, int httpStatus) {
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
    return "io.sigillo.signature.api.CertificateErrors";
  }
}

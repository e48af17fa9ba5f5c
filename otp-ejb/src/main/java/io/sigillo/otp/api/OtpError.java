package io.sigillo.otp.api;

import io.sigillo.core.error.ErrorCode;

/** Errors of the OTP device registry ({@code OTP-0xx}); texts in {@code OtpErrors}. */
public enum OtpError implements ErrorCode {
  CODE_INVALID("OTP-001", 422),
  CODE_MALFORMED("OTP-002", 400),
  CODE_ALREADY_USED("OTP-003", 422),
  CLOCK_DRIFT("OTP-004", 422),
  ATTEMPTS_DELAYED("OTP-005", 429),
  DEVICE_LOCKED("OTP-006", 423),
  DEVICE_NOT_ACTIVE("OTP-007", 409),
  DEVICE_NOT_FOUND("OTP-008", 404),
  RESYNC_FAILED("OTP-009", 422),
  RESYNC_THIRD_CODE_NEEDED("OTP-010", 422),
  SELF_UNLOCK_EXHAUSTED("OTP-011", 403),
  POLICY_INVALID("OTP-012", 400),
  SECRET_UNREADABLE("OTP-013", 500),
  SECRET_KEY_UNKNOWN("OTP-014", 500),
  ENROLMENT_LABEL_INVALID("OTP-015", 400),
  SERIAL_TAKEN("OTP-016", 409);

  private final String code;
  private final int httpStatus;

  OtpError(String code, int httpStatus) {
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
    return "io.sigillo.otp.api.OtpErrors";
  }
}

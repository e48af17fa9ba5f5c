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
  SERIAL_TAKEN("OTP-016", 409),
  REASON_REQUIRED("OTP-017", 400),
  // Token inventory (OTP-030..039, a block of its own so parallel additions do not collide)
  TOKEN_FILE_UNREADABLE("OTP-030", 400),
  TOKEN_FILE_KEY_REQUIRED("OTP-031", 400),
  TOKEN_FILE_INTEGRITY("OTP-032", 422),
  TOKEN_FILE_UNSUPPORTED("OTP-033", 422),
  TOKEN_FILE_TOO_LARGE("OTP-034", 413),
  TOKEN_NOT_AVAILABLE("OTP-035", 409),
  TOKEN_CLAIM_REFUSED("OTP-036", 422),
  TOKEN_CLAIM_BLOCKED("OTP-037", 429),
  TOKEN_IMPORT_CONFLICT("OTP-038", 409),
  // SMS codes (OTP-050..059, a block of their own); the four outcomes are for pages and API
  // clients that turn an SmsVerification into a message
  SMS_CHALLENGE_NOT_FOUND("OTP-050", 404),
  SMS_RESEND_TOO_SOON("OTP-051", 429),
  SMS_SEND_LIMIT("OTP-052", 429),
  SMS_NOT_SENT("OTP-053", 502),
  SMS_MOBILE_INVALID("OTP-054", 400),
  SMS_CODE_EXPIRED("OTP-056", 422),
  SMS_CODE_ALREADY_USED("OTP-058", 422),

  // who may act on a device
  LEVEL_2_REQUIRED("OTP-060", 403),
  ENROLMENT_BY_OWNER_ONLY("OTP-061", 403),
  SIGNATURE_DEVICE_PROTECTED("OTP-062", 403),
  STAFF_ONLY("OTP-063", 403),
  ACTIVATION_NOT_NEEDED("OTP-064", 409),
  ACTIVATION_TOO_SOON("OTP-065", 429),
  ACTIVATION_INVALID("OTP-066", 404),
  ACTIVATION_NO_EMAIL("OTP-067", 409),
  ACTIVATION_NOT_SENT("OTP-068", 502),
  LOGIN_BROKER_LOGIN_ONLY("OTP-069", 403),
  // a signature device that moved (re-association, loss, replacement): each refusal leads to the
  // one page of the signature area that completes the move (OTP-070..079)
  SIGNATURE_DEVICE_CHANGED("OTP-070", 409),
  SIGNATURE_DEVICE_RETIRED("OTP-071", 409),
  NO_NEW_APP_TO_CONFIRM("OTP-072", 409),
  DEVICE_CHANGE_CODE_WRONG("OTP-073", 422),
  DEVICE_CHANGE_CODE_EXPIRED("OTP-074", 422),
  DEVICE_CHANGE_CODE_EXHAUSTED("OTP-075", 429),
  // an operator's assignment of a token from stock, cancelled or claimed meanwhile (OTP-080..089)
  TOKEN_NOT_ASSIGNED("OTP-080", 409),
  TOKEN_OWNER_UNKNOWN("OTP-081", 422),
  // what a refused code really was (OTP-090..109)
  TOKEN_AHEAD("OTP-090", 422);

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

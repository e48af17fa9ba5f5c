package io.sigillo.identity.api;

import io.sigillo.core.error.ErrorCode;

/** Identity errors ({@code IDN-xxx}); texts in {@code io.sigillo.identity.api.IdentityErrors}. */
public enum IdentityError implements ErrorCode {
  IDENTITY_NOT_FOUND("IDN-001", 404),
  USERNAME_TAKEN("IDN-002", 409),
  INVALID_IDENTITY_DATA("IDN-003", 400),
  IDENTITY_REVOKED("IDN-004", 403),
  NO_MOBILE("IDN-005", 409),
  NO_EMAIL("IDN-006", 409),
  EMAIL_CODE_NOT_FOUND("IDN-007", 404),
  EMAIL_RESEND_TOO_SOON("IDN-008", 429),
  EMAIL_NOT_SENT("IDN-009", 502),
  NO_PENDING_APP("IDN-010", 409),
  SECOND_FACTOR_REQUIRED("IDN-011", 401),
  RECOVERY_SESSION_LIMITED("IDN-012", 403),
  PASSWORD_WRONG("IDN-013", 401),
  MOBILE_UNCHANGED("IDN-014", 400),
  CODICE_FISCALE_TAKEN("IDN-015", 409),
  MOBILE_CHANGE_NOT_FOUND("IDN-016", 404),
  ALREADY_IN_STATUS("IDN-017", 409),
  // Keycloak's level-2 step checks sign-in codes; it never manages anyone's credentials
  LOGIN_BROKER_LIMITED("IDN-018", 403),
  // the portal asked Keycloak for level 2 and the sign-in came back without it (cancelled, refused)
  LEVEL_TWO_NOT_COMPLETED("IDN-019", 403);

  private final String code;
  private final int httpStatus;

  IdentityError(String code, int httpStatus) {
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
    return "io.sigillo.identity.api.IdentityErrors";
  }
}

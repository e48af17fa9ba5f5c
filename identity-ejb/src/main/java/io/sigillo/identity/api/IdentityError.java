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
  LEVEL_TWO_NOT_COMPLETED("IDN-019", 403),
  // enrolment of customers by operators, with an identity-proofing record (IDN-035..049)
  ENROLMENT_OPERATOR_ONLY("IDN-035", 403),
  PROOFING_INVALID("IDN-036", 400),
  DOCUMENT_EXPIRED("IDN-037", 422),
  PERSONAL_DATA_NOT_TAX_CODE("IDN-038", 422),
  DOCUMENT_SCAN_INVALID("IDN-039", 400),
  ENROLMENT_STEP_CLOSED("IDN-040", 409),
  CONTACT_CODE_WRONG("IDN-041", 400),
  ACTIVATION_LINK_UNKNOWN("IDN-042", 404),
  ACTIVATION_LINK_EXPIRED("IDN-043", 410),
  ACTIVATION_LINK_USED("IDN-044", 410),
  ACTIVATION_PASSWORD_REFUSED("IDN-045", 400),
  DOCUMENT_SCAN_NOT_FOUND("IDN-046", 404),
  ACTIVATION_PASSWORDS_DIFFER("IDN-047", 400),
  IMPORT_LINE_MALFORMED("IDN-048", 400),
  IMPORT_DUPLICATE_IN_FILE("IDN-049", 409),
  // what was typed, said about itself (IDN-050..059)
  MOBILE_INVALID("IDN-050", 400),
  // a pending enrolment's contact codes sent again (IDN-060..064)
  ENROLMENT_NOT_PENDING("IDN-060", 409),
  CONTACT_ALREADY_PROVEN("IDN-061", 409),
  ENROLMENT_RESEND_TOO_SOON("IDN-062", 429);

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

package io.sigillo.signature.api;

import io.sigillo.core.error.ErrorCode;

/**
 * Remote-signature errors ({@code SIGN-xxx}); texts in {@code
 * io.sigillo.signature.api.SignatureErrors}. The holder-data codes are used both for a single
 * finding on a form field and, with {@link #HOLDER_DATA_INCONSISTENT}, for the refusal that sums
 * them up.
 */
public enum SignatureError implements ErrorCode {
  TAX_CODE_LENGTH("SIGN-001", 400),
  TAX_CODE_LETTER_EXPECTED("SIGN-002", 400),
  TAX_CODE_DIGIT_EXPECTED("SIGN-003", 400),
  TAX_CODE_MONTH_LETTER("SIGN-004", 400),
  TAX_CODE_DAY("SIGN-005", 400),
  TAX_CODE_CHECK_CHARACTER("SIGN-006", 400),
  TAX_CODE_UNKNOWN_PLACE("SIGN-007", 400),
  FIELD_REQUIRED("SIGN-008", 400),
  SURNAME_MISMATCH("SIGN-009", 422),
  GIVEN_NAME_MISMATCH("SIGN-010", 422),
  BIRTH_YEAR_MISMATCH("SIGN-011", 422),
  BIRTH_MONTH_MISMATCH("SIGN-012", 422),
  BIRTH_DAY_MISMATCH("SIGN-013", 422),
  SEX_MISMATCH("SIGN-014", 422),
  PLACE_MISMATCH("SIGN-015", 422),
  COUNTRY_MISMATCH("SIGN-016", 422),
  PLACE_IS_PROVINCE("SIGN-017", 422),
  PLACE_NOT_FOUND("SIGN-018", 422),
  PLACE_NOT_FOUND_NO_SUGGESTION("SIGN-019", 422),
  PROVINCE_UNKNOWN("SIGN-020", 422),
  PROVINCE_MISMATCH("SIGN-021", 422),
  HOLDER_DATA_INCONSISTENT("SIGN-022", 422),
  // holders, orders, contacts, signing and renewal (SIGN-030..069)
  HOLDER_NOT_FOUND("SIGN-030", 404),
  HOLDER_EXISTS("SIGN-031", 409),
  MOBILE_IN_USE("SIGN-032", 409),
  EMAIL_IN_USE("SIGN-033", 409),
  MOBILE_INVALID("SIGN-034", 400),
  EMAIL_INVALID("SIGN-035", 400),
  PASSWORD_WEAK("SIGN-036", 400),
  PASSWORD_WRONG("SIGN-037", 401),
  PASSWORD_LOCKED("SIGN-038", 423),
  OTP_REFUSED("SIGN-039", 422),
  OTP_OUT_OF_SYNC("SIGN-040", 422),
  SIGN_DEVICE_LOCKED("SIGN-041", 423),
  SIGN_DEVICE_MISSING("SIGN-042", 409),
  DEVICE_NOT_ELIGIBLE("SIGN-043", 422),
  TOKEN_CLAIM_REFUSED("SIGN-044", 422),
  CONTACT_CHANGE_NOT_FOUND("SIGN-045", 404),
  CONTACT_CODE_WRONG("SIGN-046", 422),
  CONTACT_CODE_EXPIRED("SIGN-047", 422),
  CONTACT_CODE_EXHAUSTED("SIGN-048", 429),
  CONTACT_UNCHANGED("SIGN-049", 400),
  RENEWAL_NOT_YET("SIGN-050", 409),
  NO_CERTIFICATE("SIGN-051", 409),
  RENEWAL_SIGNATURE_INVALID("SIGN-052", 422),
  DOCUMENT_NOT_PDF("SIGN-053", 400),
  DOCUMENT_TOO_LARGE("SIGN-054", 413),
  OTP_CLOCK_DRIFT("SIGN-055", 422),
  OTP_DELAYED("SIGN-056", 429),
  EMAIL_NOT_SENT("SIGN-058", 502),
  // a tenant's certificate policy, set by the platform operator
  CERTIFICATE_VALIDITY_INVALID("SIGN-059", 400),
  RENEWAL_WINDOW_INVALID("SIGN-060", 400),
  POLICY_CHANGED_MEANWHILE("SIGN-061", 409),
  // holder data from the verified identity, contacts that reveal nothing (SIGN-090..099)
  IDENTITY_REQUIRED("SIGN-090", 409),
  HOLDER_DATA_NOT_IDENTITY("SIGN-091", 422),
  CONTACT_UNAVAILABLE("SIGN-092", 409),
  CONTACT_CHANGES_TOO_MANY("SIGN-093", 429),
  IDENTITY_CONTACTS_UNVERIFIED("SIGN-094", 409),
  // the remote-signature password: change, reset, the tenant's rules (SIGN-110..119)
  PASSWORD_TOO_SHORT("SIGN-110", 400),
  PASSWORD_REUSED("SIGN-111", 400),
  PASSWORD_RESET_NOT_FOUND("SIGN-112", 404),
  PASSWORD_RESET_CODE_WRONG("SIGN-113", 422),
  PASSWORD_RESET_CODE_EXPIRED("SIGN-114", 422),
  PASSWORD_RESET_CODE_EXHAUSTED("SIGN-115", 429),
  PASSWORD_RULES_INVALID("SIGN-116", 400);

  private final String code;
  private final int httpStatus;

  SignatureError(String code, int httpStatus) {
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
    return "io.sigillo.signature.api.SignatureErrors";
  }
}

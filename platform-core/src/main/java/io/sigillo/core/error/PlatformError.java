package io.sigillo.core.error;

/**
 * Platform-level errors ({@code SIG-0xx}, {@code SIG-1xx}); texts in {@code
 * io.sigillo.core.error.Errors}.
 */
public enum PlatformError implements ErrorCode {
  // platform
  INTERNAL("SIG-000", 500),
  NOT_FOUND("SIG-001", 404),
  UNKNOWN_PORTAL("SIG-002", 404),
  TENANT_REQUIRED("SIG-003", 500),
  TENANT_MISMATCH("SIG-004", 500),
  TENANT_DISABLED("SIG-005", 403),
  VALIDATION("SIG-006", 400),
  FORBIDDEN("SIG-007", 403),
  LOGIN_UNAVAILABLE("SIG-008", 503),
  LOGIN_FAILED("SIG-009", 401),
  SESSION_EXPIRED("SIG-010", 401),
  TENANT_EXISTS("SIG-011", 409),
  PROVISIONING_FAILED("SIG-012", 502),
  // bounded input: bodies, fields and request rates
  REQUEST_TOO_LARGE("SIG-040", 413),
  TOO_MANY_REQUESTS("SIG-041", 429),
  FIELD_TOO_LONG("SIG-042", 400),
  // a form posted with a view state the server does not hold (session expired, or forged): 400,
  // not 401 (the person may still be signed in) nor a non-standard 419/440 that proxies and
  // monitoring do not know
  VIEW_EXPIRED("SIG-050", 400),
  // logins and tokens: one person per tenant
  NOT_A_MEMBER("SIG-060", 403),
  ACCOUNT_OF_ANOTHER_PERSON("SIG-061", 409),
  TOKEN_NOT_FOR_API("SIG-062", 401),
  // a token of another tenant's client (portal, back end, signing app) on this tenant's host
  TOKEN_NOT_FOR_TENANT("SIG-063", 403),
  STAFF_LEVEL_2_REQUIRED("SIG-090", 403),
  // the EJB container refused the call: the caller lacks the role the business method requires
  // (a page or API whose own check let it through); 403, never the container's 500
  ROLE_NOT_ALLOWED("SIG-100", 403),
  // certificates in the operator console, in self-care and by emergency code (SIG-120..139)
  // one answer for every refused emergency code: it must not tell who is a holder
  EMERGENCY_CODE_REFUSED("SIG-120", 422),
  EMERGENCY_CODE_ISSUED("SIG-121", 409),
  HOLDER_SEARCH_INVALID("SIG-122", 400),
  CERTIFICATE_ACTION_INVALID("SIG-123", 400),
  // the platform's scheduled work and its test hooks (SIG-150..159)
  CLOCK_NOT_ADJUSTABLE("SIG-150", 409),
  REMINDER_DAYS_INVALID("SIG-151", 400),
  // an operator assigns a token from stock to a holder, who completes the claim (SIG-140..149)
  TOKEN_ALREADY_ASSIGNED("SIG-140", 409),
  NO_TOKEN_ASSIGNED("SIG-141", 409),
  TOKEN_SEARCH_INVALID("SIG-142", 400);

  private final String code;
  private final int httpStatus;

  PlatformError(String code, int httpStatus) {
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
    return "io.sigillo.core.error.Errors";
  }
}

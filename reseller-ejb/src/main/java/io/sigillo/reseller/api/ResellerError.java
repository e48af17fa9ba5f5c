package io.sigillo.reseller.api;

import io.sigillo.core.error.ErrorCode;

/**
 * Errors of the support desk, the help centre and the notification texts ({@code RES-0xx}). They
 * were the portal's {@code PRT-0xx} codes until these services left the WAR, and kept their
 * numbers, so a code quoted in an old support request still names the same problem. Texts in {@code
 * io.sigillo.reseller.api.ResellerErrors}.
 */
public enum ResellerError implements ErrorCode {
  ATTACHMENT_TOO_LARGE("RES-005", 400),
  ATTACHMENT_NOT_AN_IMAGE("RES-006", 400),
  SUPPORT_REQUEST_NOT_FOUND("RES-007", 404),
  SUPPORT_DESCRIPTION_REQUIRED("RES-008", 400),
  GUIDE_NOT_FOUND("RES-009", 404),
  GUIDE_INVALID("RES-010", 400),
  GUIDE_RATING_INVALID("RES-011", 400),
  SIGN_IN_TO_VOTE("RES-012", 401),
  IMAGE_TOO_MANY_PIXELS("RES-040", 400),
  /** A message to a request that an operator closed: a new request, or the operator reopens. */
  SUPPORT_REQUEST_CLOSED("RES-070", 409),
  // the tenant's notification texts, one per TemplateProblem kind, then the senders
  /** {0} a variable the notification does not have, {1} the text's language. */
  TEMPLATE_UNKNOWN_VARIABLE("RES-080", 400),
  /** {0} the code or link the text must name, {1} the language. */
  TEMPLATE_MISSING_VARIABLE("RES-081", 400),
  /** {0} the secret variable put in an e-mail subject, {1} the language. */
  TEMPLATE_SECRET_IN_SUBJECT("RES-082", 400),
  /** {0} the language. */
  TEMPLATE_EMPTY("RES-083", 400),
  /** {0} the allowed length, {1} the length with the longest values, {2} the language. */
  TEMPLATE_TOO_LONG("RES-084", 400),
  /** {0} the language. */
  TEMPLATE_MALFORMED("RES-085", 400),
  /** {0} the longest display name. */
  MAIL_SENDER_INVALID("RES-086", 400),
  SMS_SENDER_INVALID("RES-087", 400),
  NOTIFICATION_LANGUAGE_UNKNOWN("RES-088", 400),
  /** {0} the language: a control character (other than a line break or a tab) in a text. */
  TEMPLATE_INVALID_CHARACTER("RES-089", 400);

  private final String code;
  private final int httpStatus;

  ResellerError(String code, int httpStatus) {
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
    return "io.sigillo.reseller.api.ResellerErrors";
  }
}

package io.sigillo.core.messaging.template;

/**
 * Why a text cannot be saved.
 *
 * @param kind what is wrong
 * @param variable the variable concerned, or null
 * @param limit for {@link Kind#TOO_LONG}: the allowed length; else 0
 * @param actual for {@link Kind#TOO_LONG}: the length with the longest values; else 0
 */
public record TemplateProblem(Kind kind, String variable, int limit, int actual) {

  public enum Kind {
    /** {@code {{x}}} is not a variable of this notification. */
    UNKNOWN_VARIABLE,
    /** A required variable (the code, the link) is missing. */
    MISSING_VARIABLE,
    /** A secret variable in an e-mail subject. */
    SECRET_IN_SUBJECT,
    /** Empty subject or body. */
    EMPTY,
    /** Longer than an SMS may be (459 characters) or a subject line (200) with the values in. */
    TOO_LONG,
    /** An unbalanced {@code {{} or {@code }}}. */
    MALFORMED
  }
}

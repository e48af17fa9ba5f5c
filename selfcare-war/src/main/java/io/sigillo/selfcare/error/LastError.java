package io.sigillo.selfcare.error;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.util.Optional;

/**
 * The last error a person saw (code and correlation id), kept in their session so that the support
 * form can be pre-filled with it. Only codes and ids: no message text, nothing personal.
 */
public record LastError(String code, String correlationId) implements Serializable {

  static final String ATTRIBUTE = "sigillo.lastError";

  public static void remember(HttpServletRequest request, String code, String correlationId) {
    HttpSession session = request.getSession(false);
    if (session != null) {
      session.setAttribute(ATTRIBUTE, new LastError(code, correlationId));
    }
  }

  /**
   * Puts back the error kept before (or none): the support form's own refusals (a description too
   * short, a bad attachment) are not the error the person came to report.
   */
  public static void restore(HttpServletRequest request, Optional<LastError> before) {
    HttpSession session = request.getSession(false);
    if (session != null) {
      if (before.isPresent()) {
        session.setAttribute(ATTRIBUTE, before.get());
      } else {
        session.removeAttribute(ATTRIBUTE);
      }
    }
  }

  public static Optional<LastError> of(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    Object value = session == null ? null : session.getAttribute(ATTRIBUTE);
    return value instanceof LastError e ? Optional.of(e) : Optional.empty();
  }
}

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

  public static Optional<LastError> of(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    Object value = session == null ? null : session.getAttribute(ATTRIBUTE);
    return value instanceof LastError e ? Optional.of(e) : Optional.empty();
  }
}

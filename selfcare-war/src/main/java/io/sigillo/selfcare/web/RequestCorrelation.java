package io.sigillo.selfcare.web;

import io.sigillo.core.error.CorrelationId;
import jakarta.servlet.ServletRequest;

/** The correlation id of a request: made once, kept as a request attribute, echoed in a header. */
public final class RequestCorrelation {

  public static final String ATTRIBUTE = "sigillo.correlationId";
  public static final String HEADER = "X-Correlation-Id";

  private RequestCorrelation() {}

  public static String of(ServletRequest request) {
    Object existing = request.getAttribute(ATTRIBUTE);
    if (existing instanceof String id) {
      return id;
    }
    String id = CorrelationId.next();
    request.setAttribute(ATTRIBUTE, id);
    return id;
  }
}

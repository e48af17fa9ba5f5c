package io.sigillo.selfcare.error;

import io.sigillo.core.error.ErrorCatalogue;
import io.sigillo.core.error.ErrorCode;
import io.sigillo.core.error.PlatformError;
import io.sigillo.selfcare.web.Languages;
import io.sigillo.selfcare.web.RequestCorrelation;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.logging.Logger;

/** Target of every {@code <error-page>}: renders the catalogue text, never the exception. */
@WebServlet("/error")
public class ErrorPageServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;
  private static final Logger LOG = Logger.getLogger(ErrorPageServlet.class.getName());

  @Override
  protected void service(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String correlationId = RequestCorrelation.of(request);
    Throwable failure = (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
    Object statusAttribute = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
    // asked for directly rather than dispatched by the container for an error: nothing is here
    int status =
        statusAttribute instanceof Integer s
            ? s
            : request.getDispatcherType() == DispatcherType.ERROR ? 500 : 404;
    ErrorCode code;
    List<String> arguments = List.of();
    if (failure != null) {
      Failures.Resolved resolved = Failures.resolve(failure, correlationId);
      code = resolved.code();
      arguments = resolved.arguments();
      status = code.httpStatus();
    } else {
      code = forStatus(status);
      LOG.fine(
          () ->
              "["
                  + correlationId
                  + "] HTTP "
                  + statusAttribute
                  + " on "
                  + request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI));
    }
    ErrorResponses.write(
        request, response, status, ErrorCatalogue.describe(code, Languages.of(request), arguments));
  }

  static ErrorCode forStatus(int status) {
    return switch (status) {
      case 404, 405 -> PlatformError.NOT_FOUND;
      case 401 -> PlatformError.SESSION_EXPIRED;
      case 403 -> PlatformError.FORBIDDEN;
      case 503 -> PlatformError.LOGIN_UNAVAILABLE;
      default -> PlatformError.INTERNAL;
    };
  }
}

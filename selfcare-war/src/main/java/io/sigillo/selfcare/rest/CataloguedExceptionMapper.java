package io.sigillo.selfcare.rest;

import io.sigillo.core.error.ErrorCatalogue;
import io.sigillo.core.error.ErrorCode;
import io.sigillo.core.error.PlatformError;
import io.sigillo.selfcare.error.ErrorBody;
import io.sigillo.selfcare.error.Failures;
import io.sigillo.selfcare.web.Languages;
import io.sigillo.selfcare.web.RequestCorrelation;
import io.sigillo.selfcare.web.hardening.WebSecurityError;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;

/**
 * Every failure of an API call becomes a JSON {@link ErrorBody} with the catalogue text and the
 * correlation id; a stack trace never leaves the server.
 */
@Provider
public class CataloguedExceptionMapper implements ExceptionMapper<Throwable> {

  @Context private HttpServletRequest request;

  @Override
  public Response toResponse(Throwable failure) {
    String correlationId = RequestCorrelation.of(request);
    ErrorCode code;
    List<String> arguments = List.of();
    if (failure instanceof WebApplicationException web && Failures.catalogued(failure).isEmpty()) {
      int status = web.getResponse().getStatus();
      code =
          status == 404 || status == 405
              ? PlatformError.NOT_FOUND
              : status == 403
                  ? PlatformError.FORBIDDEN
                  : status == 401
                      ? PlatformError.SESSION_EXPIRED
                      : status >= 400 && status < 500
                          ? PlatformError.VALIDATION
                          : PlatformError.INTERNAL;
      if (status == 415) {
        // a body of a type the operation does not read (Jersey's own refusal)
        code = WebSecurityError.UNSUPPORTED_MEDIA_TYPE;
      }
      if (code == PlatformError.VALIDATION) {
        arguments = List.of("request", "malformed");
      }
    } else {
      Failures.Resolved resolved = Failures.resolve(failure, correlationId);
      code = resolved.code();
      arguments = resolved.arguments();
    }
    ErrorBody body =
        ErrorBody.of(
            ErrorCatalogue.describe(code, Languages.of(request), arguments), correlationId);
    return Response.status(code.httpStatus())
        .type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
        .header(RequestCorrelation.HEADER, correlationId)
        // a rate limit says when to come back (null leaves the header out)
        .header(
            "Retry-After",
            code == PlatformError.TOO_MANY_REQUESTS && !arguments.isEmpty()
                ? arguments.get(0)
                : null)
        .entity(body)
        .build();
  }
}

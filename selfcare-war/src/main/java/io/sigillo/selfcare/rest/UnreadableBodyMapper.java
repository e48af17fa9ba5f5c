package io.sigillo.selfcare.rest;

import io.sigillo.core.error.PlatformError;
import io.sigillo.core.error.SigilloException;
import io.sigillo.selfcare.error.Failures;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.Providers;

/**
 * A request body the JSON binding cannot read (truncated, not JSON, a string where a number
 * belongs) is the client's mistake: a catalogued 400 ({@code SIG-006}), rendered by the API's
 * catalogued mapper, rather than the 500 an unexpected {@link ProcessingException} would give.
 * Jersey chooses the mapper of the closest exception type, so this applies to every resource of the
 * API.
 */
@Provider
public class UnreadableBodyMapper implements ExceptionMapper<ProcessingException> {

  @Context private Providers providers;

  @Override
  public Response toResponse(ProcessingException unreadable) {
    return providers
        .getExceptionMapper(SigilloException.class)
        .toResponse(
            // a body cut off at its size limit is a 413, not a malformed body
            Failures.catalogued(unreadable)
                .orElseGet(
                    () ->
                        new SigilloException(
                            PlatformError.VALIDATION, "request", "unreadable JSON")));
  }
}

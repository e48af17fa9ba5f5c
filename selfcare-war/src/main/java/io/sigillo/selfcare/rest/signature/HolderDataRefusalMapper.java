package io.sigillo.selfcare.rest.signature;

import io.sigillo.core.error.ErrorCatalogue;
import io.sigillo.core.error.ErrorCatalogue.ErrorText;
import io.sigillo.selfcare.rest.signature.SignatureJson.HolderDataRefusal;
import io.sigillo.selfcare.web.Languages;
import io.sigillo.selfcare.web.RequestCorrelation;
import io.sigillo.signature.api.HolderDataInconsistentException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;
import java.util.logging.Logger;

/**
 * Inconsistent holder data at order, correction or renewal: the catalogued body plus every finding,
 * each on its field, so a form (or a reseller's client) can mark exactly what to correct.
 */
@Provider
public class HolderDataRefusalMapper implements ExceptionMapper<HolderDataInconsistentException> {

  private static final Logger LOG = Logger.getLogger(HolderDataRefusalMapper.class.getName());

  @Context private HttpServletRequest request;

  @Override
  public Response toResponse(HolderDataInconsistentException refusal) {
    String correlationId = RequestCorrelation.of(request);
    Locale locale = Languages.of(request);
    LOG.info(() -> "[" + correlationId + "] " + refusal.code().code() + " holder data refused");
    ErrorText text = ErrorCatalogue.describe(refusal.code(), locale, refusal.arguments());
    return Response.status(refusal.code().httpStatus())
        .type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
        .header(RequestCorrelation.HEADER, correlationId)
        .entity(
            new HolderDataRefusal(
                text.code(),
                text.title(),
                text.message(),
                text.nextStep(),
                correlationId,
                refusal.findings().stream()
                    .map(f -> HolderDataCheckAnswer.Finding.of(f, locale))
                    .toList()))
        .build();
  }
}

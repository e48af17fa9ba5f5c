package io.sigillo.selfcare.rest.signature;

import io.sigillo.core.error.PlatformError;
import io.sigillo.core.error.SigilloException;
import io.sigillo.selfcare.web.RequestContext;
import io.sigillo.signature.api.HolderDataCheck;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * Checks holder data against the codice fiscale for the order and renewal forms. Disagreements are
 * an answer, not an error (200 with findings): the form marks the fields and the person corrects
 * them. Unreadable input is a catalogued 400.
 */
@Path("holder-data/check")
@RequestScoped
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class HolderDataResource {

  @Inject private HolderDataCheck check;

  @Inject private RequestContext request;

  @POST
  public HolderDataCheckAnswer check(HolderDataForm form) {
    if (form == null) {
      throw new SigilloException(PlatformError.VALIDATION, "request", "empty");
    }
    return HolderDataCheckAnswer.of(check.check(form.toHolderData()), request.locale());
  }
}

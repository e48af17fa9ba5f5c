package io.sigillo.selfcare.rest.signature;

import io.sigillo.core.error.PlatformError;
import io.sigillo.core.error.SigilloException;
import io.sigillo.selfcare.rest.signature.SignatureJson.ContactChangeView;
import io.sigillo.selfcare.rest.signature.SignatureJson.ContactConfirmation;
import io.sigillo.selfcare.rest.signature.SignatureJson.ContactRequest;
import io.sigillo.selfcare.rest.signature.SignatureJson.HolderView;
import io.sigillo.selfcare.web.RequestContext;
import io.sigillo.signature.api.ContactChanges;
import io.sigillo.signature.api.ContactKind;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Changes of the caller's mobile number and e-mail: password and new contact, then the code sent to
 * the new contact and an OTP of the signature device.
 */
@Path("signature/contacts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Remote signature")
public class ContactsResource {

  @Inject private ContactChanges changes;
  @Inject private RequestContext caller;

  @POST
  @Path("mobile")
  @Operation(
      summary = "Start a change of mobile number: a code goes by SMS to the new number",
      description =
          "Whether another holder uses the number is not said here, only at confirmation; at most"
              + " 5 changes an hour per holder (429 SIGN-093)")
  public ContactChangeView mobile(ContactRequest body) {
    return start(ContactKind.MOBILE, body);
  }

  @POST
  @Path("email")
  @Operation(
      summary = "Start a change of e-mail: a code goes to the new address",
      description =
          "Whether another holder uses the address is not said here, only at confirmation; at most"
              + " 5 changes an hour per holder (429 SIGN-093)")
  public ContactChangeView email(ContactRequest body) {
    return start(ContactKind.EMAIL, body);
  }

  @POST
  @Path("changes/{id}/confirm")
  @Operation(
      summary = "The code from the new contact and an OTP of the signature device: saved",
      description =
          "A contact another holder of any reseller uses: 409 SIGN-092, the same for mobile and"
              + " e-mail")
  public HolderView confirm(@PathParam("id") String id, ContactConfirmation body) {
    if (body == null) {
      throw new SigilloException(PlatformError.VALIDATION, "request", "empty");
    }
    return HolderView.of(
        changes.confirm(
            caller.tenant(),
            caller.person(),
            id,
            body.code(),
            body.otp(),
            caller.locale(),
            caller.tenantName(),
            caller.actor()));
  }

  private ContactChangeView start(ContactKind kind, ContactRequest body) {
    if (body == null) {
      throw new SigilloException(PlatformError.VALIDATION, "request", "empty");
    }
    return ContactChangeView.of(
        changes.start(
            caller.tenant(),
            caller.person(),
            kind,
            body.value(),
            SignatureJson.secret(body.password()),
            caller.locale(),
            caller.tenantName(),
            caller.actor()));
  }
}

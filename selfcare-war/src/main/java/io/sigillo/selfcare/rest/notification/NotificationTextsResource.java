package io.sigillo.selfcare.rest.notification;

import io.sigillo.core.error.PlatformError;
import io.sigillo.core.error.SigilloException;
import io.sigillo.core.messaging.template.NotificationKind;
import io.sigillo.core.messaging.template.Senders;
import io.sigillo.core.messaging.template.TemplateText;
import io.sigillo.reseller.notification.api.NotificationPreview;
import io.sigillo.reseller.notification.api.NotificationTexts;
import io.sigillo.reseller.notification.api.NotificationView;
import io.sigillo.selfcare.security.Actors;
import io.sigillo.selfcare.tenant.CurrentTenant;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The tenant's e-mail and SMS texts, as the operator page edits them: the caller's own tenant (the
 * host name), operators at level 2 or the tenant's back end with the operator role. Who may is
 * decided by the business layer ({@link NotificationTexts}), not here.
 */
@Path("operator/notifications")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Notifications", description = "The tenant's e-mail and SMS texts (operators)")
@APIResponse(responseCode = "401", description = "No valid session or bearer token")
@APIResponse(
    responseCode = "403",
    description = "Not an operator (SIG-100), or an operator without level 2 (SIG-090)")
public class NotificationTextsResource {

  @Inject private NotificationTexts texts;
  @Inject private CurrentTenant tenant;
  @Inject private Actors actors;

  @Schema(description = "A text: subject (e-mails only) and body, with {{variable}} placeholders")
  public record TextRequest(String subject, String body) {}

  @Schema(description = "The senders; empty values go back to the portal's name")
  public record SendersRequest(String mailFromName, String smsSender) {}

  @GET
  @Operation(summary = "Every notification with its Italian and English texts and variables")
  public List<NotificationView> catalogue() {
    return texts.catalogue(tenant.id(), actors.actor());
  }

  @GET
  @Path("senders")
  @Operation(summary = "Who the tenant's e-mails and SMS come from")
  public Senders senders() {
    return texts.senders(tenant.id(), actors.actor());
  }

  @PUT
  @Path("senders")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Set the senders", description = "Audited with the caller.")
  @APIResponse(responseCode = "400", description = "A bad sender (RES-086, RES-087)")
  public Senders saveSenders(SendersRequest body) {
    SendersRequest request = body == null ? new SendersRequest(null, null) : body;
    return texts.saveSenders(
        tenant.id(), request.mailFromName(), request.smsSender(), actors.actor());
  }

  @PUT
  @Path("{kind}/{lang}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Save the tenant's text of a notification in a language (it, en)",
      description = "Audited with the notification and the language, never the text.")
  @APIResponse(
      responseCode = "400",
      description = "The text's first problem (RES-080..085), or another language (RES-088)")
  @APIResponse(responseCode = "404", description = "No such notification (SIG-001)")
  public NotificationView save(
      @PathParam("kind") String kind, @PathParam("lang") String lang, TextRequest body) {
    return texts.save(tenant.id(), kind(kind), lang, text(body), actors.actor());
  }

  @DELETE
  @Path("{kind}/{lang}")
  @Operation(summary = "Back to the default text", description = "Audited when there was one.")
  @APIResponse(responseCode = "404", description = "No such notification (SIG-001)")
  public NotificationView reset(@PathParam("kind") String kind, @PathParam("lang") String lang) {
    NotificationKind notification = kind(kind);
    texts.reset(tenant.id(), notification, lang, actors.actor());
    return texts.find(tenant.id(), notification, actors.actor());
  }

  @POST
  @Path("{kind}/{lang}/preview")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "The notification with this unsaved text and sample values (no real code)")
  @APIResponse(responseCode = "400", description = "The text's first problem (RES-080..085)")
  @APIResponse(responseCode = "404", description = "No such notification (SIG-001)")
  public NotificationPreview preview(
      @PathParam("kind") String kind, @PathParam("lang") String lang, TextRequest body) {
    return texts.preview(tenant.id(), kind(kind), lang, text(body), actors.actor());
  }

  private static NotificationKind kind(String name) {
    return Arrays.stream(NotificationKind.values())
        .filter(k -> k.name().equals(name))
        .findFirst()
        .orElseThrow(() -> new SigilloException(PlatformError.NOT_FOUND));
  }

  private static TemplateText text(TextRequest body) {
    return body == null
        ? new TemplateText(null, null)
        : new TemplateText(body.subject(), body.body());
  }
}

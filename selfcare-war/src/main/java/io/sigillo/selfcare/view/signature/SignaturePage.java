package io.sigillo.selfcare.view.signature;

import io.sigillo.core.error.ErrorCatalogue;
import io.sigillo.core.error.SigilloException;
import io.sigillo.selfcare.view.FacesErrors;
import io.sigillo.selfcare.web.RequestContext;
import io.sigillo.signature.api.HolderDataCheckResult;
import io.sigillo.signature.api.HolderDataFinding;
import io.sigillo.signature.api.HolderDataInconsistentException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.MessageFormat;
import java.util.List;

/**
 * What the signature pages do alike beyond the request's facts ({@link RequestContext}): a refusal
 * of holder data next to each field, texts of their bundle, a PDF sent as a download.
 */
@RequestScoped
public class SignaturePage {

  @Inject private RequestContext request;

  /** A catalogued refusal at the top of the page; inconsistent data also next to each field. */
  void show(SigilloException error, String formId) {
    FacesErrors.show(error);
    if (error instanceof HolderDataInconsistentException inconsistent) {
      fields(formId, inconsistent.findings());
    }
  }

  /** Each finding next to its input ({@code formId:property}). */
  void fields(String formId, List<HolderDataFinding> findings) {
    FacesContext faces = FacesContext.getCurrentInstance();
    for (HolderDataFinding finding : findings) {
      var text = ErrorCatalogue.describe(finding.error(), request.locale(), finding.arguments());
      List<String> places = finding.suggestions().stream().map(s -> s.label()).toList();
      // a message that already names the places ("Forse intendevi: …") is not followed by a
      // second list of the same places
      String suggestions =
          places.isEmpty() || places.stream().allMatch(text.message()::contains)
              ? ""
              : " " + text("data.suggestions") + " " + String.join(", ", places);
      faces.addMessage(
          formId + ":" + finding.field().property(),
          new FacesMessage(
              FacesMessage.SEVERITY_ERROR,
              text.code() + " " + text.message() + suggestions,
              text.nextStep()));
    }
  }

  void fields(String formId, HolderDataCheckResult result) {
    fields(formId, result.findings());
  }

  String text(String key, Object... arguments) {
    FacesContext faces = FacesContext.getCurrentInstance();
    String pattern = faces.getApplication().getResourceBundle(faces, "sig").getString(key);
    return arguments.length == 0
        ? pattern
        : new MessageFormat(pattern, request.locale()).format(arguments);
  }

  /** Sends a PDF to the browser as a download and ends the Faces response. */
  void download(byte[] pdf, String name) {
    FacesContext faces = FacesContext.getCurrentInstance();
    HttpServletResponse response = (HttpServletResponse) faces.getExternalContext().getResponse();
    try {
      response.reset();
      response.setContentType("application/pdf");
      response.setHeader("Content-Disposition", "attachment; filename=\"" + name + "\"");
      response.setHeader("Cache-Control", "no-store");
      response.setContentLength(pdf.length);
      response.getOutputStream().write(pdf);
      faces.responseComplete();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

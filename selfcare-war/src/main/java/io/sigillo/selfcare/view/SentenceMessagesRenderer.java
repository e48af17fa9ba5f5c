package io.sigillo.selfcare.view;

import io.sigillo.selfcare.error.ErrorLabels;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIMessages;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import jakarta.faces.render.Renderer;
import java.io.IOException;
import java.util.Iterator;
import java.util.Locale;

/**
 * Renders every {@code h:messages} of the portal (registered in faces-config.xml for the standard
 * family and type), so no page decides on its own what a message looks like. A catalogued error
 * ({@link CataloguedMessage}) reads as sentences, each in its own paragraph: the title, what
 * happened, what to do, then the error code and the correlation id, as on the error page. Other
 * messages (a success, a warning) show their summary and detail apart. The standard renderer put
 * summary and detail in one run of text ("Il token non è sincronizzato Il codice …").
 *
 * <p>Honours the attributes the pages use: {@code id}, {@code styleClass}, {@code globalOnly},
 * {@code for}, and {@code errorClass} / {@code warnClass} / {@code infoClass} / {@code fatalClass}
 * on each item.
 */
public class SentenceMessagesRenderer extends Renderer {

  @Override
  public void encodeEnd(FacesContext faces, UIComponent component) throws IOException {
    if (!component.isRendered()) {
      return;
    }
    UIMessages messages = (UIMessages) component;
    ResponseWriter out = faces.getResponseWriter();
    Iterator<FacesMessage> found = messagesOf(faces, messages);
    if (!found.hasNext()) {
      // an empty anchor keeps the id on the page for scripts and tests
      out.startElement("div", component);
      out.writeAttribute("id", component.getClientId(faces), "id");
      out.endElement("div");
      return;
    }
    out.startElement("ul", component);
    out.writeAttribute("id", component.getClientId(faces), "id");
    String styleClass = attribute(component, "styleClass");
    if (styleClass != null) {
      out.writeAttribute("class", styleClass, "styleClass");
    }
    Locale locale = faces.getViewRoot() == null ? null : faces.getViewRoot().getLocale();
    while (found.hasNext()) {
      FacesMessage message = found.next();
      message.rendered();
      out.startElement("li", component);
      String itemClass = itemClass(component, message.getSeverity());
      if (itemClass != null) {
        out.writeAttribute("class", itemClass, null);
      }
      if (message instanceof CataloguedMessage catalogued) {
        catalogued(out, component, catalogued, ErrorLabels.of(locale));
      } else {
        plain(out, component, message);
      }
      out.endElement("li");
    }
    out.endElement("ul");
  }

  private static void catalogued(
      ResponseWriter out, UIComponent component, CataloguedMessage message, ErrorLabels labels)
      throws IOException {
    out.startElement("p", component);
    out.writeAttribute("class", "message-title", null);
    out.startElement("strong", component);
    out.writeText(message.title(), null);
    out.endElement("strong");
    out.endElement("p");
    paragraph(out, component, "message-text", message.happened());
    out.startElement("p", component);
    out.writeAttribute("class", "message-next", null);
    out.startElement("strong", component);
    out.writeText(labels.whatToDo(), null);
    out.endElement("strong");
    out.writeText(" " + message.nextStep(), null);
    out.endElement("p");
    out.startElement("p", component);
    out.writeAttribute("class", "message-ref", null);
    out.writeText(labels.errorCode() + ": ", null);
    code(out, component, "error-code", message.code());
    out.writeText(" · " + labels.correlationId() + ": ", null);
    code(out, component, "correlation-id", message.correlationId());
    out.endElement("p");
  }

  private static void plain(ResponseWriter out, UIComponent component, FacesMessage message)
      throws IOException {
    String summary = message.getSummary();
    String detail = message.getDetail();
    boolean hasDetail = detail != null && !detail.isBlank() && !detail.equals(summary);
    if (!hasDetail) {
      out.writeText(summary == null ? "" : summary, null);
      return;
    }
    paragraph(out, component, "message-title", summary);
    paragraph(out, component, "message-text", detail);
  }

  private static void paragraph(ResponseWriter out, UIComponent component, String css, String text)
      throws IOException {
    out.startElement("p", component);
    out.writeAttribute("class", css, null);
    out.writeText(text == null ? "" : text, null);
    out.endElement("p");
  }

  private static void code(ResponseWriter out, UIComponent component, String css, String text)
      throws IOException {
    out.startElement("code", component);
    out.writeAttribute("class", css, null);
    out.writeText(text, null);
    out.endElement("code");
  }

  private static Iterator<FacesMessage> messagesOf(FacesContext faces, UIMessages messages) {
    if (messages.isGlobalOnly()) {
      return faces.getMessages(null);
    }
    String forId = messages.getFor();
    if (forId != null && !forId.isBlank()) {
      UIComponent target = messages.findComponent(forId);
      return faces.getMessages(target == null ? forId : target.getClientId(faces));
    }
    return faces.getMessages();
  }

  private static String itemClass(UIComponent component, FacesMessage.Severity severity) {
    String name;
    if (FacesMessage.SEVERITY_FATAL.equals(severity)) {
      name = "fatalClass";
    } else if (FacesMessage.SEVERITY_ERROR.equals(severity)) {
      name = "errorClass";
    } else if (FacesMessage.SEVERITY_WARN.equals(severity)) {
      name = "warnClass";
    } else {
      name = "infoClass";
    }
    String value = attribute(component, name);
    return value == null && "fatalClass".equals(name) ? attribute(component, "errorClass") : value;
  }

  private static String attribute(UIComponent component, String name) {
    Object value = component.getAttributes().get(name);
    return value == null ? null : value.toString();
  }
}

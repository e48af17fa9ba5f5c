package io.sigillo.devtools.outbox;

import io.sigillo.core.messaging.outbox.Outbox;
import io.sigillo.core.messaging.outbox.OutboxEntry;
import io.sigillo.core.text.HtmlText;
import io.sigillo.selfcare.web.Languages;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The developer outbox: the last SMS and e-mails the platform sent, newest first, with their full
 * text, so a developer can follow a flow that needs a code without a phone. Italian or English as
 * the portal. Registered by {@link DevOutboxRegistration} only.
 */
public class OutboxServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;
  private static final String BUNDLE = "io.sigillo.devtools.outbox.Outbox";
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.of("Europe/Rome"));

  @Inject private transient Outbox outbox;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Locale locale = Languages.of(request);
    ResourceBundle text =
        ResourceBundle.getBundle(
            BUNDLE,
            Languages.ENGLISH.equals(locale) ? Locale.ENGLISH : Locale.ROOT,
            OutboxServlet.class.getClassLoader(),
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    response.setContentType("text/html;charset=UTF-8");
    response.setHeader("Cache-Control", "no-store");
    response.setHeader("X-Robots-Tag", "noindex");
    List<OutboxEntry> entries = outbox.entries();
    PrintWriter out = response.getWriter();
    out.println("<!DOCTYPE html>");
    out.println("<html lang=\"" + (Languages.ENGLISH.equals(locale) ? "en" : "it") + "\"><head>");
    out.println("<meta charset=\"UTF-8\"><meta http-equiv=\"refresh\" content=\"10\">");
    out.println("<title>" + html(text.getString("title")) + "</title>");
    out.println(
        "<style>body{font-family:system-ui,sans-serif;margin:2rem}table{border-collapse:collapse}"
            + "td,th{border:1px solid #bbb;padding:.4rem .6rem;vertical-align:top;text-align:left}"
            + "pre{margin:0;white-space:pre-wrap;max-width:60rem}.warn{background:#fff3cd;"
            + "padding:.6rem;border:1px solid #e0c060}</style></head><body>");
    out.println("<h1>" + html(text.getString("title")) + "</h1>");
    out.println("<p class=\"warn\">" + html(text.getString("warning")) + "</p>");
    String other = Languages.ENGLISH.equals(locale) ? "it" : "en";
    out.println(
        "<p><a href=\""
            + request.getContextPath()
            + "/lang?to="
            + other
            + "&amp;back="
            + DevOutboxRegistration.PATH
            + "\">"
            + html(text.getString("switch"))
            + "</a></p>");
    if (entries.isEmpty()) {
      out.println("<p id=\"empty\">" + html(text.getString("empty")) + "</p>");
    } else {
      out.println("<table id=\"outbox\"><thead><tr>");
      for (String column : new String[] {"time", "kind", "tenant", "from", "to", "message"}) {
        out.println("<th>" + html(text.getString("column." + column)) + "</th>");
      }
      out.println("</tr></thead><tbody>");
      for (OutboxEntry entry : entries) {
        out.println("<tr class=\"" + entry.kind().name().toLowerCase(Locale.ROOT) + "\">");
        out.println("<td>" + TIME.format(entry.at()) + "</td>");
        out.println("<td>" + html(text.getString("kind." + entry.kind().name())) + "</td>");
        out.println("<td>" + html(entry.tenant().value()) + "</td>");
        out.println("<td>" + html(entry.from()) + "</td>");
        out.println("<td class=\"to\">" + html(entry.to()) + "</td>");
        String subject =
            entry.subject().isEmpty() ? "" : "<strong>" + html(entry.subject()) + "</strong><br>";
        out.println("<td>" + subject + "<pre class=\"text\">" + html(entry.text()) + "</pre></td>");
        out.println("</tr>");
      }
      out.println("</tbody></table>");
    }
    out.println("</body></html>");
  }

  static String html(String value) {
    return HtmlText.escape(value);
  }
}

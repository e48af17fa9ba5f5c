package io.sigillo.devtools.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.sigillo.core.messaging.MailMessage;
import io.sigillo.core.messaging.SmsMessage;
import io.sigillo.core.messaging.outbox.Outbox;
import io.sigillo.core.tenant.TenantId;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.Field;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/**
 * The outbox page lists what the outbox holds, newest first, escaped, in the visitor's language.
 * Its absence without {@code sigillo.dev.outbox} is proven on Payara Micro (DevOutboxIT).
 */
class OutboxServletTest {

  private static Outbox outbox() throws Exception {
    Outbox outbox = new Outbox();
    set(outbox, "enabled", true);
    set(outbox, "capacity", 10);
    set(outbox, "clock", Clock.fixed(Instant.parse("2026-03-01T09:00:00Z"), ZoneOffset.UTC));
    return outbox;
  }

  private static void set(Object target, String name, Object value) throws Exception {
    Field field = target.getClass().getDeclaredField(name);
    field.setAccessible(true);
    field.set(target, value);
  }

  private static String render(Outbox outbox, String language) throws Exception {
    OutboxServlet servlet = new OutboxServlet();
    set(servlet, "outbox", outbox);
    StringWriter body = new StringWriter();
    PrintWriter writer = new PrintWriter(body);
    HttpServletRequest request =
        (HttpServletRequest)
            Proxy.newProxyInstance(
                OutboxServletTest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class},
                (proxy, method, args) ->
                    switch (method.getName()) {
                      case "getCookies" -> new Cookie[] {new Cookie("lang", language)};
                      case "getContextPath" -> "";
                      default -> null;
                    });
    HttpServletResponse response =
        (HttpServletResponse)
            Proxy.newProxyInstance(
                OutboxServletTest.class.getClassLoader(),
                new Class<?>[] {HttpServletResponse.class},
                (proxy, method, args) -> method.getName().equals("getWriter") ? writer : null);
    servlet.doGet(request, response);
    writer.flush();
    return body.toString();
  }

  @Test
  void listsSmsAndMailsNewestFirstWithTheirFullTextEscaped() throws Exception {
    Outbox outbox = outbox();
    TenantId alpha = TenantId.of("alpha");
    outbox.keep(new SmsMessage(alpha, "Alpha", "+393331234567", "Codice 123456 <b>"));
    outbox.keep(
        new MailMessage(alpha, "Alpha", "mario@example.org", "App cambiata", "Ciao & addio"));

    String page = render(outbox, "it");

    assertThat(page).contains("Posta in uscita (sviluppo)").contains("id=\"outbox\"");
    assertThat(page).contains("+393331234567").contains("Codice 123456 &lt;b&gt;");
    assertThat(page)
        .contains("mario@example.org")
        .contains("App cambiata")
        .contains("Ciao &amp; addio");
    assertThat(page).contains("2026-03-01 10:00:00").as("Italian time");
    assertThat(page.indexOf("mario@example.org")).isLessThan(page.indexOf("+393331234567"));
  }

  @Test
  void speaksEnglishWhenAskedAndSaysSoWhenEmpty() throws Exception {
    String page = render(outbox(), "en");

    assertThat(page).contains("Outbox (development)").contains("No message sent yet.");
    assertThat(page).doesNotContain("id=\"outbox\"");
  }
}

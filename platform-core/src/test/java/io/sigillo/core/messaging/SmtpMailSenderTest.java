package io.sigillo.core.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import io.sigillo.core.tenant.TenantId;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The SMTP adapter delivers to a real SMTP server (GreenMail), and the mail is read back. */
class SmtpMailSenderTest {

  private GreenMail greenMail;
  private SmtpMailSender sender;

  @BeforeEach
  void start() {
    greenMail = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    greenMail.start();
    sender = sender(greenMail.getSmtp().getPort());
  }

  @AfterEach
  void stop() {
    greenMail.stop();
  }

  private static SmtpMailSender sender(int port) {
    SmtpMailSender sender = new SmtpMailSender();
    sender.host = "127.0.0.1";
    sender.port = port;
    sender.from = "noreply@sigillo.test";
    sender.username = Optional.empty();
    sender.password = Optional.empty();
    sender.startTls = false;
    sender.configure();
    return sender;
  }

  @Test
  void aMailArrivesFromTheTenantsNameWithItalianTextIntact() throws Exception {
    sender.send(
        new MailMessage(
            TenantId.of("alpha"),
            "Alpha Fiduciaria",
            "mario.rossi@example.org",
            "La tua app OTP è cambiata",
            "Se non sei stato tu, contatta subito l'assistenza.\nCodice: 123456"));

    assertThat(greenMail.waitForIncomingEmail(5_000, 1)).isTrue();
    MimeMessage received = greenMail.getReceivedMessages()[0];
    InternetAddress from = (InternetAddress) received.getFrom()[0];
    assertThat(from.getAddress()).isEqualTo("noreply@sigillo.test");
    assertThat(from.getPersonal()).isEqualTo("Alpha Fiduciaria");
    assertThat(received.getAllRecipients()[0].toString()).isEqualTo("mario.rossi@example.org");
    assertThat(received.getSubject()).isEqualTo("La tua app OTP è cambiata");
    assertThat(received.getContentType()).containsIgnoringCase("charset=UTF-8");
    assertThat(((String) received.getContent()).replace("\r\n", "\n"))
        .isEqualTo("Se non sei stato tu, contatta subito l'assistenza.\nCodice: 123456");
    assertThat(GreenMailUtil.getBody(received)).isNotEmpty();
  }

  @Test
  void aMailWithHtmlIsPlainTextThenHtmlWithItsLogoAsARelatedInlinePart() throws Exception {
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 1, 2, 3};
    sender.send(
        new MailMessage(
            TenantId.of("alpha"),
            "Alpha Fiduciaria",
            "mario.rossi@example.org",
            "Codice",
            "Il codice è 123456.",
            "<p>Il codice è 123456.</p><img src=\"cid:logo\">",
            new MailMessage.InlineImage("image/png", png)));

    assertThat(greenMail.waitForIncomingEmail(5_000, 1)).isTrue();
    MimeMessage received = greenMail.getReceivedMessages()[0];
    assertThat(received.getContentType()).startsWith("multipart/alternative");
    Multipart alternative = (Multipart) received.getContent();
    assertThat(alternative.getCount()).isEqualTo(2);
    BodyPart plain = alternative.getBodyPart(0);
    assertThat(plain.isMimeType("text/plain")).isTrue();
    assertThat(plain.getContentType()).containsIgnoringCase("charset=UTF-8");
    assertThat(((String) plain.getContent()).replace("\r\n", "\n"))
        .isEqualTo("Il codice è 123456.");
    BodyPart rich = alternative.getBodyPart(1);
    assertThat(rich.isMimeType("multipart/related")).isTrue();
    Multipart related = (Multipart) rich.getContent();
    assertThat(related.getBodyPart(0).isMimeType("text/html")).isTrue();
    assertThat((String) related.getBodyPart(0).getContent()).contains("<p>Il codice è 123456.</p>");
    MimeBodyPart logo = (MimeBodyPart) related.getBodyPart(1);
    assertThat(logo.getContentID()).isEqualTo("<logo>");
    assertThat(logo.isMimeType("image/png")).isTrue();
    assertThat(logo.getDisposition()).isEqualTo(Part.INLINE);
    assertThat(logo.getInputStream().readAllBytes()).isEqualTo(png);
  }

  @Test
  void aMailWithHtmlAndNoLogoIsPlainTextThenHtml() throws Exception {
    sender.send(
        new MailMessage(
            TenantId.of("alpha"),
            "Alpha",
            "mario.rossi@example.org",
            "Avviso",
            "Testo.",
            "<p>Testo.</p>",
            null));

    assertThat(greenMail.waitForIncomingEmail(5_000, 1)).isTrue();
    Multipart alternative = (Multipart) greenMail.getReceivedMessages()[0].getContent();
    assertThat(alternative.getBodyPart(0).isMimeType("text/plain")).isTrue();
    assertThat(alternative.getBodyPart(1).isMimeType("text/html")).isTrue();
  }

  @Test
  void anUnreachableServerIsAMessagingExceptionNamingOnlyTheMaskedRecipient() {
    int port = greenMail.getSmtp().getPort();
    greenMail.stop();
    SmtpMailSender unreachable = sender(port);

    assertThatThrownBy(
            () ->
                unreachable.send(
                    new MailMessage(
                        TenantId.of("alpha"),
                        "Alpha",
                        "mario.rossi@example.org",
                        "Codice",
                        "123456")))
        .isInstanceOf(MessagingException.class)
        .hasMessageContaining("m***@example.org")
        .hasMessageNotContaining("123456");
  }
}

package io.sigillo.core.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import io.sigillo.core.tenant.TenantId;
import jakarta.mail.internet.InternetAddress;
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

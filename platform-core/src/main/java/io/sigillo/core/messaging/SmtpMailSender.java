package io.sigillo.core.messaging;

import jakarta.activation.DataHandler;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.Optional;
import java.util.Properties;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sends e-mail through an SMTP server with Jakarta Mail. Configured once at startup. A message with
 * an HTML part leaves as multipart/alternative (plain text, then the HTML with its inline logo);
 * one without, as plain text.
 */
@ApplicationScoped
public class SmtpMailSender implements MailSender {

  private static final Logger LOG = Logger.getLogger(SmtpMailSender.class.getName());

  @Inject
  @ConfigProperty(name = "sigillo.mail.host", defaultValue = "127.0.0.1")
  String host;

  @Inject
  @ConfigProperty(name = "sigillo.mail.port", defaultValue = "3025")
  int port;

  @Inject
  @ConfigProperty(name = "sigillo.mail.from", defaultValue = "noreply@sigillo.localhost")
  String from;

  @Inject
  @ConfigProperty(name = "sigillo.mail.username")
  Optional<String> username;

  @Inject
  @ConfigProperty(name = "sigillo.mail.password")
  Optional<String> password;

  @Inject
  @ConfigProperty(name = "sigillo.mail.starttls", defaultValue = "false")
  boolean startTls;

  private Session session;

  @PostConstruct
  void configure() {
    Properties props = new Properties();
    props.put("mail.smtp.host", host);
    props.put("mail.smtp.port", String.valueOf(port));
    props.put("mail.smtp.connectiontimeout", "10000");
    props.put("mail.smtp.timeout", "10000");
    props.put("mail.smtp.starttls.enable", String.valueOf(startTls));
    props.put("mail.smtp.auth", String.valueOf(username.isPresent()));
    session = Session.getInstance(props);
  }

  @Override
  public void send(MailMessage message) {
    try {
      MimeMessage mime = new MimeMessage(session);
      mime.setFrom(new InternetAddress(from, message.fromName(), StandardCharsets.UTF_8.name()));
      mime.setRecipient(Message.RecipientType.TO, new InternetAddress(message.to(), true));
      mime.setSubject(message.subject(), StandardCharsets.UTF_8.name());
      if (message.html() == null) {
        mime.setText(message.body(), StandardCharsets.UTF_8.name());
      } else {
        mime.setContent(alternative(message));
      }
      mime.setSentDate(new Date());
      if (username.isPresent()) {
        Transport.send(mime, username.get(), password.orElse(""));
      } else {
        Transport.send(mime);
      }
      LOG.info(
          () -> "e-mail sent to " + message.maskedRecipient() + " for tenant " + message.tenant());
    } catch (jakarta.mail.MessagingException | java.io.UnsupportedEncodingException e) {
      throw new MessagingException("e-mail to " + message.maskedRecipient() + " not accepted", e);
    }
  }

  /**
   * Plain text first, then the HTML with its logo: clients show the last alternative they can
   * render, and the logo travels in a multipart/related with the HTML that references it by
   * Content-ID.
   */
  static MimeMultipart alternative(MailMessage message) throws jakarta.mail.MessagingException {
    String utf8 = StandardCharsets.UTF_8.name();
    MimeBodyPart plain = new MimeBodyPart();
    plain.setText(message.body(), utf8);
    MimeBodyPart html = new MimeBodyPart();
    html.setText(message.html(), utf8, "html");
    MimeBodyPart rich = new MimeBodyPart();
    if (message.logo() == null) {
      rich = html;
    } else {
      MimeMultipart related = new MimeMultipart("related");
      related.addBodyPart(html);
      MimeBodyPart logo = new MimeBodyPart();
      logo.setDataHandler(
          new DataHandler(
              new ByteArrayDataSource(message.logo().content(), message.logo().mediaType())));
      logo.setContentID("<" + MailMessage.LOGO_CONTENT_ID + ">");
      logo.setDisposition(Part.INLINE);
      logo.setFileName("logo." + message.logo().mediaType().substring("image/".length()));
      related.addBodyPart(logo);
      rich.setContent(related);
    }
    MimeMultipart alternative = new MimeMultipart("alternative");
    alternative.addBodyPart(plain);
    alternative.addBodyPart(rich);
    return alternative;
  }
}

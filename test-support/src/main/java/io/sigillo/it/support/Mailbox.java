package io.sigillo.it.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A real SMTP server in the test JVM (GreenMail) on the port failsafe gives the application as
 * {@code SIGILLO_MAIL_PORT}: the e-mails the portal sends are read here as they arrived.
 */
public final class Mailbox implements AutoCloseable {

  private static final Pattern CODE = Pattern.compile("\\b([0-9]{6})\\b");

  private final GreenMail mail;

  /** An e-mail as received. */
  public record Mail(String to, String subject, String body) {

    public String code() {
      Matcher m = CODE.matcher(body);
      if (!m.find()) {
        throw new AssertionError("no six-digit code in: " + body);
      }
      return m.group(1);
    }
  }

  public Mailbox() {
    mail =
        new GreenMail(new ServerSetup(Environment.port("SIGILLO_MAIL_PORT"), "127.0.0.1", "smtp"));
    mail.start();
  }

  /** The mails received so far for an address, oldest first; waits up to 15 s for at least n. */
  public List<Mail> to(String address, int atLeast) throws Exception {
    long deadline = System.nanoTime() + 15_000_000_000L;
    while (true) {
      List<Mail> found = new ArrayList<>();
      for (MimeMessage message : mail.getReceivedMessages()) {
        String to = message.getAllRecipients()[0].toString();
        if (to.equalsIgnoreCase(address)) {
          found.add(new Mail(to, message.getSubject(), text(message.getContent()).strip()));
        }
      }
      if (found.size() >= atLeast || System.nanoTime() > deadline) {
        if (found.size() < atLeast) {
          throw new AssertionError(
              "expected " + atLeast + " e-mail(s) to " + address + ", got " + found);
        }
        return found;
      }
      mail.waitForIncomingEmail(1_000, mail.getReceivedMessages().length + 1);
    }
  }

  /**
   * The text a person reads: a plain message as it is; of a multipart one (Keycloak sends text and
   * HTML) the plain-text part.
   */
  private static String text(Object content) throws Exception {
    if (content instanceof Multipart multipart) {
      for (int i = 0; i < multipart.getCount(); i++) {
        BodyPart part = multipart.getBodyPart(i);
        if (part.isMimeType("text/plain") || part.getContent() instanceof Multipart) {
          return text(part.getContent());
        }
      }
      return multipart.getCount() == 0 ? "" : text(multipart.getBodyPart(0).getContent());
    }
    return String.valueOf(content);
  }

  /**
   * The messages received so far for an address as they arrived (MIME structure, headers), for
   * tests of the message's form rather than its text; oldest first.
   */
  public List<MimeMessage> messages(String address) throws Exception {
    List<MimeMessage> found = new ArrayList<>();
    for (MimeMessage message : mail.getReceivedMessages()) {
      if (message.getAllRecipients()[0].toString().equalsIgnoreCase(address)) {
        found.add(message);
      }
    }
    return found;
  }

  /** The latest mail to an address, once there are at least n. */
  public Mail latest(String address, int atLeast) throws Exception {
    List<Mail> all = to(address, atLeast);
    return all.get(all.size() - 1);
  }

  @Override
  public void close() {
    mail.stop();
  }
}

package io.sigillo.it.reseller;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;

/**
 * A real SMTP server (GreenMail) on the port failsafe gives the application as {@code
 * SIGILLO_MAIL_PORT}, for the notices sent to a tenant's support address.
 */
final class SupportMailbox implements AutoCloseable {

  private final GreenMail mail;

  SupportMailbox() {
    String port = System.getenv("SIGILLO_MAIL_PORT");
    if (port == null || port.isBlank()) {
      throw new IllegalStateException("SIGILLO_MAIL_PORT must be set (micro/pom.xml, failsafe)");
    }
    mail = new GreenMail(new ServerSetup(Integer.parseInt(port), "127.0.0.1", "smtp"));
    mail.start();
  }

  /** The body of the first e-mail to an address; waits up to 15 s for it to arrive. */
  String bodyOfFirstTo(String address) throws Exception {
    long deadline = System.nanoTime() + 15_000_000_000L;
    do {
      for (MimeMessage message : mail.getReceivedMessages()) {
        if (message.getAllRecipients()[0].toString().equalsIgnoreCase(address)) {
          return String.valueOf(message.getContent());
        }
      }
      mail.waitForIncomingEmail(1_000, mail.getReceivedMessages().length + 1);
    } while (System.nanoTime() < deadline);
    throw new AssertionError("no e-mail to " + address);
  }

  @Override
  public void close() {
    mail.stop();
  }
}

package io.sigillo.core.messaging;

/** Sends e-mail. */
public interface MailSender {

  /** Hands the message to the mail server; throws {@link MessagingException} if it was refused. */
  void send(MailMessage message);
}

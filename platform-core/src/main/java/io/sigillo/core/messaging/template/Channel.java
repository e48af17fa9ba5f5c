package io.sigillo.core.messaging.template;

/** How a notification reaches the person: an e-mail has a subject, an SMS only a text. */
public enum Channel {
  MAIL,
  SMS
}

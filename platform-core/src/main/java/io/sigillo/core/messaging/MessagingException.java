package io.sigillo.core.messaging;

/** A message could not be handed over to its network. The message text is never part of it. */
public class MessagingException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public MessagingException(String description, Throwable cause) {
    super(description, cause);
  }
}

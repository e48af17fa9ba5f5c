package io.sigillo.core.messaging;

/**
 * Sends SMS. Adapters (SMPP, an HTTP gateway, the development outbox) are CDI beans qualified
 * {@link SmsAdapter} with their stable {@link #id()}; {@link SmsGateways} injects the one chosen by
 * configuration ({@code sigillo.sms.gateway}) wherever a plain {@code SmsGateway} is injected.
 */
public interface SmsGateway {

  String id();

  /**
   * Hands the message to the operator's network and returns the id the network gave it (for a
   * message sent in several parts, the parts' ids separated by commas); throws {@link
   * MessagingException} if it was refused.
   */
  String send(SmsMessage message);
}

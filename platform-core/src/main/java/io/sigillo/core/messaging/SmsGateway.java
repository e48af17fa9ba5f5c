package io.sigillo.core.messaging;

/**
 * Sends SMS. Adapters (SMPP, HTTP gateways) are CDI beans with a stable {@link #id()}; the one in
 * use is chosen by configuration ({@code sigillo.sms.gateway}).
 */
public interface SmsGateway {

  String id();

  /**
   * Hands the message to the operator's network; throws {@link MessagingException} if it was
   * refused.
   */
  void send(SmsMessage message);
}

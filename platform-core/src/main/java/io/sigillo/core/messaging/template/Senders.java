package io.sigillo.core.messaging.template;

/**
 * Who the tenant's messages come from.
 *
 * @param mailFromName the display name of the e-mails' sender (the address is the platform's)
 * @param smsSender the alphanumeric SMS sender id, at most 11 letters, digits and spaces
 * @param custom whether the tenant set them (else both come from its display name)
 */
public record Senders(String mailFromName, String smsSender, boolean custom) {}

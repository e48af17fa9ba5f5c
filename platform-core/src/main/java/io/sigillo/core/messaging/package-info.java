/**
 * Ports through which messages leave the platform (SMS, e-mail) and the SMTP adapter. SMS adapters
 * live in {@code .smpp}, {@code .http} and {@code .outbox} (development); {@link
 * io.sigillo.core.messaging.SmsGateways} picks one from {@code sigillo.sms.gateway}. Message bodies
 * may carry verification codes: adapters never log bodies, only recipients masked and outcomes.
 */
package io.sigillo.core.messaging;

/**
 * The HTTP adapter of the SMS port: one JSON POST per message to a gateway (contract in {@link
 * io.sigillo.core.messaging.http.HttpSmsClient}).
 */
package io.sigillo.core.messaging.http;

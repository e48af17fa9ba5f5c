/**
 * The development outbox: an SMS adapter that only keeps messages, and a copy of sent e-mails, in a
 * bounded in-memory list for the developer page of the run command. Off in production.
 */
package io.sigillo.core.messaging.outbox;

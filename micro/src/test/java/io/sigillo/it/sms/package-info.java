/**
 * Integration tests of SMS codes and the developer outbox. The SMS codes test runs in the
 * container, where it also runs the SMSC: jSMPP's server side on the port the application is
 * configured to bind to (failsafe's {@code SIGILLO_SMS_SMPP_*}), so every code travels as a real
 * {@code submit_sm} over TCP and is read back from the PDU, never from the application.
 */
package io.sigillo.it.sms;

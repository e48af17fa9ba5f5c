/**
 * SPID identities end to end: level-2 login, credential management, re-association of the OTP app
 * by SMS, mobile change, recovery, suspension and revocation, with real SMPP and SMTP, in the
 * container, over HTTP and in headless Chromium.
 */
package io.sigillo.it.identity;

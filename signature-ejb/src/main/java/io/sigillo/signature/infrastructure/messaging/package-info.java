/**
 * Messages of the holder side: the verification code for a new e-mail address and the notice to the
 * old contact after a change, through the platform's e-mail and SMS ports.
 */
package io.sigillo.signature.infrastructure.messaging;

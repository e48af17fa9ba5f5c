/**
 * Adapters of the OTP registry to the world outside its domain: encryption of secrets at rest and
 * QR rendering now, persistence and the SMS port later.
 */
package io.sigillo.otp.infrastructure;

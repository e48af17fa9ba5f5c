/**
 * Adapters of the OTP registry to the world outside its domain: encryption of secrets at rest, QR
 * rendering and persistence; the SMS port later.
 */
package io.sigillo.otp.infrastructure;

/**
 * The shared OTP device registry: TOTP apps and HOTP tokens (and later SMS codes) that serve both
 * SPID level-2 login and remote-signature authorisation. Other modules see only {@code
 * io.sigillo.otp.api}.
 */
package io.sigillo.otp;

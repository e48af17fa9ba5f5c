package io.sigillo.core.error;

import java.util.Set;

/**
 * An error a user or an API client can see. Each module declares its codes in an enum implementing
 * this interface, with the texts in its own resource bundle (Italian default, {@code _en} English)
 * under {@code <NAME>.title}, {@code <NAME>.message} and {@code <NAME>.next}. Together they form
 * the one catalogue; codes are unique across modules, and each prefix belongs to one enum (only
 * {@code SIG} has two, the platform's and the web edge's refusals before any feature):
 *
 * <ul>
 *   <li>{@code SIG} platform-core ({@code PlatformError}) and the web edge's request hardening
 *       ({@code WebSecurityError}, {@code SIG-07x} and {@code SIG-080})
 *   <li>{@code OTP} otp-ejb, the OTP registry ({@code OtpError})
 *   <li>{@code IDN} identity-ejb ({@code IdentityError})
 *   <li>{@code SIGN} signature-ejb, holders and signing ({@code SignatureError})
 *   <li>{@code CERT} signature-ejb, the certificate authority ({@code CertificateError})
 *   <li>{@code TEN} tenancy-ejb ({@code TenancyError})
 *   <li>{@code RES} reseller-ejb, support and guides ({@code ResellerError})
 * </ul>
 *
 * An error that moves to another module takes that module's prefix and keeps its number. {@code
 * PRT} (the portal's own features) is retired: its codes moved with their features to {@code TEN},
 * {@code RES} and {@code OTP}, and no new code may take it.
 */
public interface ErrorCode {

  /** Every prefix in use, as listed above; a code with any other prefix is a mistake. */
  Set<String> PREFIXES = Set.of("SIG", "OTP", "IDN", "SIGN", "CERT", "TEN", "RES");

  /** The stable code shown to users and quoted in support requests, e.g. {@code SIG-002}. */
  String code();

  /** The enum constant name: the key prefix in the bundle. */
  String name();

  int httpStatus();

  /** Base name of the resource bundle holding this code's texts. */
  String bundle();
}

package io.sigillo.core.error;

/**
 * An error a user or an API client can see. Each module declares its codes in an enum implementing
 * this interface, with the texts in its own resource bundle (Italian default, {@code _en} English)
 * under {@code <NAME>.title}, {@code <NAME>.message} and {@code <NAME>.next}. Together they form
 * the one catalogue; codes are unique across modules (prefix per module: {@code SIG} platform,
 * {@code OTP}, {@code IDN} identity, {@code SIGN} signature).
 */
public interface ErrorCode {

  /** The stable code shown to users and quoted in support requests, e.g. {@code SIG-002}. */
  String code();

  /** The enum constant name: the key prefix in the bundle. */
  String name();

  int httpStatus();

  /** Base name of the resource bundle holding this code's texts. */
  String bundle();
}

package io.sigillo.otp.api;

/** The formats a token vendor's seed file may come in. */
public enum TokenFileFormat {
  /** RFC 6030 Portable Symmetric Key Container: plain, pre-shared AES key or PBKDF2 password. */
  PSKC,
  /**
   * UTF-8 text with the header {@code serial,secret,algorithm,digits,counter} and an optional
   * {@code ,period}; see {@code io.sigillo.otp.domain.inventory.CsvReader} for every rule.
   */
  CSV
}

package io.sigillo.otp.api;

import java.util.Objects;
import java.util.Optional;

/**
 * A vendor's seed file as received, and the transport key that opens it.
 *
 * @param transportKey for an encrypted PSKC file: the pre-shared AES key in hex, or the password of
 *     a PBKDF2-protected file (the file says which); empty for plain PSKC and CSV
 */
public record TokenFile(TokenFileFormat format, byte[] content, Optional<String> transportKey) {

  /** 16 MiB: some 20,000 PSKC key packages, far more CSV lines. */
  public static final int MAX_BYTES = 16 * 1024 * 1024;

  public TokenFile {
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(content, "content");
    transportKey = Objects.requireNonNullElse(transportKey, Optional.empty());
  }

  @Override
  public String toString() {
    return "TokenFile[" + format + ", " + content.length + " bytes]";
  }
}

package io.sigillo.signature.infrastructure.pades;

import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Optional;

/**
 * What DSS found in a PDF: the last signature's state and signer.
 *
 * @param signed whether there is at least one signature
 * @param intact the signed bytes match their digest and the signature value verifies
 * @param trusted the signer's chain reaches the tenant CA given as trust anchor
 * @param indication DSS's indication, e.g. TOTAL_PASSED, INDETERMINATE/…
 */
public record PdfValidation(
    boolean signed,
    boolean intact,
    boolean trusted,
    Optional<X509Certificate> signer,
    Optional<Instant> signingTime,
    String indication,
    boolean passed) {

  static PdfValidation unsigned() {
    return new PdfValidation(
        false, false, false, Optional.empty(), Optional.empty(), "NO_SIGNATURE_FOUND", false);
  }
}

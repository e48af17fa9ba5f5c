package io.sigillo.signature.api;

import java.time.Instant;
import java.util.Optional;

/**
 * What validating a signed PDF found. With several signatures the last one counts (a renewal form
 * is signed once).
 *
 * @param certificateId the signer's certificate in this tenant, when this tenant's CA issued it
 * @param codiceFiscale the tax code in the signer certificate's serialNumber (TINIT-…)
 * @param signerName the signer certificate's subject DN
 * @param signingTime the signing time the signature claims
 * @param indication DSS's indication and sub-indication, for operators and logs
 */
public record SignatureValidation(
    ValidationVerdict verdict,
    Optional<Long> certificateId,
    Optional<String> codiceFiscale,
    Optional<String> signerName,
    Optional<Instant> signingTime,
    String indication) {

  public boolean valid() {
    return verdict == ValidationVerdict.VALID;
  }
}

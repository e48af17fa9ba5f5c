package io.sigillo.signature.domain.holder;

import io.sigillo.core.error.SigilloException;
import io.sigillo.signature.api.CertificateRequest;
import io.sigillo.signature.api.SignatureError;
import java.time.Duration;
import java.time.Instant;

/**
 * How long a holder's new certificate is valid and how many days before its expiry renewal opens.
 * The window must be shorter than the validity: otherwise a certificate would be renewable from the
 * day it is issued, and every renewal would open the next one at once.
 */
public record CertificatePolicy(int validityDays, int renewalWindowDays) {

  public CertificatePolicy {
    if (validityDays < 1 || validityDays > CertificateRequest.MAX_VALIDITY_DAYS) {
      throw new SigilloException(
          SignatureError.CERTIFICATE_VALIDITY_INVALID,
          validityDays,
          CertificateRequest.MAX_VALIDITY_DAYS);
    }
    if (renewalWindowDays < 1 || renewalWindowDays >= validityDays) {
      throw new SigilloException(
          SignatureError.RENEWAL_WINDOW_INVALID, renewalWindowDays, validityDays);
    }
  }

  /** The first moment a certificate expiring at {@code notAfter} may be renewed. */
  public Instant renewalOpensAt(Instant notAfter) {
    return notAfter.minus(Duration.ofDays(renewalWindowDays));
  }
}

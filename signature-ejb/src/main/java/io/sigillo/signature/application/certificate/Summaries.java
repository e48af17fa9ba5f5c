package io.sigillo.signature.application.certificate;

import io.sigillo.signature.api.CertificateSummary;
import io.sigillo.signature.domain.certificate.HolderCertificate;
import java.time.Instant;

/** Entities to api records: an entity never leaves the module. */
final class Summaries {

  private Summaries() {}

  static CertificateSummary of(HolderCertificate certificate, String issuer, Instant now) {
    return new CertificateSummary(
        certificate.id(),
        certificate.holderId(),
        certificate.serialNumber(),
        certificate.subject(),
        issuer,
        certificate.codiceFiscale(),
        certificate.status(now),
        certificate.notBefore(),
        certificate.notAfter(),
        certificate.revocationReason(),
        certificate.statusChangedAt());
  }
}

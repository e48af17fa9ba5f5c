package io.sigillo.signature.api;

import java.time.Instant;
import java.util.Optional;

/**
 * A certificate as other modules and the portal see it.
 *
 * @param id this module's id of the certificate
 * @param serialNumber the X.509 serial number, lowercase hexadecimal
 * @param subject the subject DN (RFC 2253)
 * @param issuer the issuer DN (RFC 2253): the tenant's CA
 * @param status {@link CertificateStatus#EXPIRED} once notAfter has passed
 * @param revocationReason present only for {@link CertificateStatus#REVOKED}
 * @param statusChangedAt when it was last suspended, reactivated or revoked
 */
public record CertificateSummary(
    long id,
    long holderId,
    String serialNumber,
    String subject,
    String issuer,
    String codiceFiscale,
    CertificateStatus status,
    Instant notBefore,
    Instant notAfter,
    Optional<RevocationReason> revocationReason,
    Optional<Instant> statusChangedAt) {

  /** Whether a signature may be made with it now. */
  public boolean usable() {
    return status == CertificateStatus.ACTIVE;
  }
}

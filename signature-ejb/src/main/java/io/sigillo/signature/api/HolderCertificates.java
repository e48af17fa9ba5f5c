package io.sigillo.signature.api;

import java.io.Serializable;
import java.util.List;
import java.util.Optional;

/**
 * A holder's data and certificates, newest first in every status, with the renewal state of the
 * current one (empty when the holder has no usable certificate to renew with).
 */
public record HolderCertificates(
    HolderOverview holder,
    HolderData data,
    List<CertificateSummary> certificates,
    Optional<RenewalStatus> renewal)
    implements Serializable {}

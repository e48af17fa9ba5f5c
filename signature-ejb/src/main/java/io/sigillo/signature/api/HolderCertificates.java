package io.sigillo.signature.api;

import java.io.Serializable;
import java.util.List;
import java.util.Optional;

/**
 * A holder's certificates, newest first in every status, with the renewal state of the current one
 * (empty when the holder has no usable certificate to renew with).
 */
public record HolderCertificates(
    HolderOverview holder, List<CertificateSummary> certificates, Optional<RenewalStatus> renewal)
    implements Serializable {}

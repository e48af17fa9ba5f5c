package io.sigillo.signature.infrastructure.pki;

import java.math.BigInteger;
import java.time.Instant;

/**
 * One certificate on a CRL.
 *
 * @param crlReason the RFC 5280 CRLReason (6 = certificateHold for a suspension)
 */
public record CrlEntry(BigInteger serial, Instant since, int crlReason) {

  public static final int CERTIFICATE_HOLD = 6;
}

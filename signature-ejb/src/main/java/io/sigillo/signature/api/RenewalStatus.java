package io.sigillo.signature.api;

import java.io.Serializable;
import java.time.Instant;

/**
 * Whether the holder's certificate can be renewed now.
 *
 * @param windowOpensAt the first moment renewal is offered: {@code windowDays} before expiry
 * @param open whether that moment has come (and the certificate has not expired)
 */
public record RenewalStatus(
    long certificateId,
    String serialNumber,
    Instant notAfter,
    Instant windowOpensAt,
    int windowDays,
    boolean open)
    implements Serializable {}

package io.sigillo.signature.api;

import java.io.Serializable;
import java.time.Instant;
import java.util.Optional;

/**
 * A holder as the portal shows them to themselves: never the password hash nor its counters.
 *
 * @param signDeviceId the OTP device of the registry that authorises signatures
 * @param certificateId the current certificate, once issued
 */
public record HolderSummary(
    long id,
    String username,
    HolderData data,
    String mobile,
    String email,
    HolderStatus status,
    Optional<Long> signDeviceId,
    Optional<Long> certificateId,
    Instant createdAt)
    implements Serializable {}

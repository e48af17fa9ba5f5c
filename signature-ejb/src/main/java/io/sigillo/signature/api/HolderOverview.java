package io.sigillo.signature.api;

import java.io.Serializable;
import java.util.Optional;

/**
 * A remote-signature holder as the operator console lists them: who, the signature device and the
 * current certificate's state, never a password hash, a code or a key.
 *
 * @param deviceSerial the serial of a hardware token; empty for an app or no device yet
 * @param certificateSerial the current certificate's serial (lowercase hexadecimal), if issued
 * @param certificateStatus the current certificate's status, if issued
 */
public record HolderOverview(
    long holderId,
    String username,
    String givenName,
    String surname,
    String codiceFiscale,
    HolderStatus status,
    Optional<String> deviceSerial,
    Optional<String> certificateSerial,
    Optional<CertificateStatus> certificateStatus)
    implements Serializable {}

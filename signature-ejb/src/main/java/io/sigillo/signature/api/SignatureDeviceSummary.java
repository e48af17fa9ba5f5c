package io.sigillo.signature.api;

import java.io.Serializable;
import java.util.Optional;

/**
 * The holder's signature device as the portal shows it: what a holder needs to recognise the device
 * and to know whether it must be unlocked. It is a device of the OTP registry, but this module's
 * api speaks in its own words, so callers of signature never need the registry's types; type and
 * status are the registry's stable names, carried as text so the portal shows and returns them
 * unchanged.
 *
 * @param id the registry's id of the device
 * @param type the device type's stable provider id: {@code totp}, {@code hotp} or {@code sms}
 * @param status the device's stage of life: {@code AVAILABLE}, {@code PENDING}, {@code ACTIVE},
 *     {@code REVOKED} or {@code LOST}
 * @param serial the token's serial; empty for an app
 * @param locked whether the device refuses every code until it is unlocked
 * @param signFailures consecutive wrong signature codes since the last accepted one
 */
public record SignatureDeviceSummary(
    long id, String type, String status, Optional<String> serial, boolean locked, int signFailures)
    implements Serializable {}

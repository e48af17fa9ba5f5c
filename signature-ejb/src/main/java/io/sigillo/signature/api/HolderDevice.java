package io.sigillo.signature.api;

import java.io.Serializable;
import java.util.Optional;

/**
 * A holder's signature device as the operator console shows it: the device and its state, what the
 * holder must do about it, and the token from stock an operator assigned and the holder has not
 * claimed yet. Never a seed or a code.
 *
 * @param device the device the holder record names, if any
 * @param change what the holder must do before signing again
 * @param assignedSerial the serial of a token assigned to the holder and waiting for their claim
 */
public record HolderDevice(
    Optional<SignatureDeviceSummary> device,
    SignatureDeviceChange change,
    Optional<String> assignedSerial)
    implements Serializable {}

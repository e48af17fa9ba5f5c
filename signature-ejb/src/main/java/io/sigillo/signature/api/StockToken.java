package io.sigillo.signature.api;

import java.io.Serializable;
import java.util.Optional;

/**
 * A token in the tenant's stock as the operator picks it for a holder: what is printed on it and
 * what the vendor's file said, never its seed or counter.
 *
 * @param type the device type's stable provider id: {@code hotp} or {@code totp}
 */
public record StockToken(
    String serial, String type, Optional<String> manufacturer, Optional<String> model)
    implements Serializable {}

package io.sigillo.otp.api;

import java.time.Instant;
import java.util.Optional;

/**
 * A hardware token as the inventory shows it to operators: never its seed, nor its counter.
 *
 * @param owner the holder, once the token is assigned or claimed
 * @param manufacturer as the seed file named it, when it did
 * @param model as the seed file named it (PSKC {@code DeviceInfo/Model}), when it did
 */
public record TokenSummary(
    long deviceId,
    String serial,
    TokenState state,
    Optional<String> owner,
    DeviceType type,
    String algorithm,
    int digits,
    int periodSeconds,
    Optional<String> manufacturer,
    Optional<String> model,
    Instant createdAt,
    Optional<Instant> activatedAt) {}

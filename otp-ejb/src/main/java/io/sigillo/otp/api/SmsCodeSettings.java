package io.sigillo.otp.api;

/**
 * A tenant's rules for SMS codes, as stored and edited; the platform defaults apply until a tenant
 * sets its own.
 *
 * @param lifetimeSeconds how long a code is valid (60..900, default 300)
 * @param maxAttempts wrong codes tolerated per challenge (1..10, default 3)
 * @param resendCooldownSeconds wait before another code for the same person and purpose (10..600,
 *     default 60)
 * @param sendsPerHour codes a person may be sent in a rolling hour, all purposes (1..30, default 5)
 */
public record SmsCodeSettings(
    int lifetimeSeconds, int maxAttempts, int resendCooldownSeconds, int sendsPerHour) {}

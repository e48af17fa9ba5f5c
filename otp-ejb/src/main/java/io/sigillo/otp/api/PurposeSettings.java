package io.sigillo.otp.api;

/**
 * A tenant's rules for codes presented for one purpose, as stored and edited.
 *
 * @param totpWindowSteps time steps accepted either side of the expected one (0..5)
 * @param hotpLookAhead token presses that may have been skipped (0..100)
 * @param lockoutThreshold consecutive failures that lock the device (1..20)
 * @param firstDelaySeconds wait after the second consecutive failure, tripled by each further one
 * @param selfUnlocksPer30Days self-unlocks allowed in a rolling 30 days (0..10)
 */
public record PurposeSettings(
    int totpWindowSteps,
    int hotpLookAhead,
    int lockoutThreshold,
    int firstDelaySeconds,
    int selfUnlocksPer30Days) {}

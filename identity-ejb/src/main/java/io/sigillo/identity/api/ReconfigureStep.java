package io.sigillo.identity.api;

import java.util.Optional;

/**
 * The outcome of the SMS code that authorises a reconfiguration: when verified, the old app is
 * revoked and {@code app} carries the new association.
 */
public record ReconfigureStep(CodeOutcome code, Optional<NewApp> app) {}

package io.sigillo.identity.api;

import java.util.Optional;

/** The e-mail code of a mobile change; when verified, the SMS sent to the new number. */
public record MobileChangeStep(CodeOutcome code, Optional<CodeSent> smsToNewNumber) {}

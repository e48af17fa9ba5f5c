package io.sigillo.identity.api;

/**
 * An enrolment waiting for its contacts, as an operator finds it when coming back to it: which
 * contacts are proven ({@link IdentitySummary#mobileVerified()}, {@link
 * IdentitySummary#emailVerified()}) and where new codes would go.
 */
public record PendingEnrolment(IdentitySummary identity, String maskedMobile, String maskedEmail) {}

package io.sigillo.identity.api;

/**
 * An enrolment waiting for the contact codes the customer reads to the operator.
 *
 * @param smsChallengeId the code sent to the mobile number
 * @param emailCodeId the code sent to the e-mail address
 */
public record EnrolmentStarted(
    IdentitySummary identity,
    String smsChallengeId,
    String maskedMobile,
    String emailCodeId,
    String maskedEmail) {}

package io.sigillo.identity.application;

import io.sigillo.core.error.SigilloException;
import io.sigillo.identity.api.CodeChannel;
import io.sigillo.identity.api.CodeCheck;
import io.sigillo.identity.api.CodeOutcome;
import io.sigillo.identity.api.CodeSent;
import io.sigillo.identity.api.IdentityError;
import io.sigillo.identity.domain.Identity;
import io.sigillo.otp.api.OtpError;
import io.sigillo.otp.api.SmsChallenge;
import io.sigillo.otp.api.SmsCodeRequest;
import io.sigillo.otp.api.SmsCodeStatus;
import io.sigillo.otp.api.SmsCodes;
import io.sigillo.otp.api.SmsPurpose;
import io.sigillo.otp.api.SmsVerification;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;

/**
 * The SMS codes every credential flow sends and checks, through the OTP registry's SMS service: a
 * challenge belongs to the person who asked for it, and somebody else's is as good as none.
 */
@Dependent
public class CredentialSms {

  @EJB private SmsCodes smsCodes;

  CodeSent send(Requester requester, Identity identity, String mobile, SmsPurpose purpose) {
    if (mobile == null) {
      throw new SigilloException(IdentityError.NO_MOBILE);
    }
    SmsChallenge challenge =
        smsCodes.send(
            requester.tenant(),
            new SmsCodeRequest(
                identity.username(), mobile, purpose, requester.locale(), requester.senderName()),
            requester.actor());
    return new CodeSent(
        challenge.challengeId(),
        CodeChannel.SMS,
        challenge.maskedMobile(),
        challenge.expiresAt(),
        challenge.resendAvailableAt(),
        challenge.attemptsAllowed());
  }

  CodeOutcome verify(
      Requester requester, Identity identity, String challengeId, SmsPurpose purpose, String code) {
    SmsVerification verification =
        smsCodes.verify(requester.tenant(), challengeId, purpose, code, requester.actor());
    if (!identity.username().equals(verification.owner())) {
      // somebody else's challenge is as good as none
      throw new SigilloException(OtpError.SMS_CHALLENGE_NOT_FOUND);
    }
    return new CodeOutcome(check(verification.status()), verification.remainingAttempts());
  }

  static CodeCheck check(SmsCodeStatus status) {
    return switch (status) {
      case VERIFIED -> CodeCheck.VERIFIED;
      case WRONG -> CodeCheck.WRONG;
      case EXPIRED -> CodeCheck.EXPIRED;
      case EXHAUSTED -> CodeCheck.EXHAUSTED;
      case ALREADY_USED -> CodeCheck.ALREADY_USED;
    };
  }
}

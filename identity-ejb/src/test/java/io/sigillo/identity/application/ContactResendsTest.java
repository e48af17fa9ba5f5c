package io.sigillo.identity.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.sigillo.core.error.SigilloException;
import io.sigillo.identity.api.CodeChannel;
import io.sigillo.identity.api.IdentityError;
import io.sigillo.identity.domain.Identity;
import io.sigillo.otp.api.OtpError;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** When an operator may send a pending enrolment's contact code again, and what a refusal says. */
class ContactResendsTest {

  private static final Instant NOW = Instant.parse("2026-12-08T10:00:00Z");

  private static Identity pending() {
    return Identity.enrol(
        "mario.rossi",
        "Mario",
        "Rossi",
        "mario@example.it",
        "333 123 4567",
        "RSSMRA80A01H501U",
        LocalDate.of(1980, 1, 1),
        "M",
        "Roma",
        "RM",
        NOW);
  }

  @Test
  void eachUnprovenContactOfAPendingEnrolmentGetsANewCodeAtItsOwnAddress() {
    Identity identity = pending();
    assertThat(ContactResends.destination(identity, CodeChannel.SMS)).isEqualTo("+393331234567");
    assertThat(ContactResends.destination(identity, CodeChannel.EMAIL))
        .isEqualTo("mario@example.it");
  }

  @Test
  void aProvenContactIsRefusedNamingItMaskedWhileTheOtherStillGetsItsCode() {
    Identity identity = pending();
    identity.proveEmail();
    SigilloException refused =
        assertThrows(
            SigilloException.class, () -> ContactResends.destination(identity, CodeChannel.EMAIL));
    assertThat(refused.code()).isEqualTo(IdentityError.CONTACT_ALREADY_PROVEN);
    assertThat(refused.arguments()).containsExactly("m***@example.it");
    assertThat(ContactResends.destination(identity, CodeChannel.SMS)).isEqualTo("+393331234567");
  }

  @Test
  void anEnrolmentThatIsCompleteIsNotPendingAnyMore() {
    Identity identity = pending();
    identity.proveEmail();
    identity.proveMobile();
    assertThat(identity.completeEnrolment(NOW)).isTrue();
    for (CodeChannel channel : CodeChannel.values()) {
      SigilloException refused =
          assertThrows(SigilloException.class, () -> ContactResends.destination(identity, channel));
      assertThat(refused.code()).isEqualTo(IdentityError.ENROLMENT_NOT_PENDING);
      assertThat(refused.arguments()).containsExactly("mario.rossi");
    }
  }

  @Test
  void eachChannelsTooSoonReadsAsTheEnrolmentsWithTheContactAndTheSecondsToWait() {
    SigilloException sms =
        ContactResends.refusal(
            new SigilloException(OtpError.SMS_RESEND_TOO_SOON, 42), "+393331234567");
    assertThat(sms.code()).isEqualTo(IdentityError.ENROLMENT_RESEND_TOO_SOON);
    assertThat(sms.arguments()).containsExactly("**********567", "42");
    SigilloException email =
        ContactResends.refusal(
            new SigilloException(IdentityError.EMAIL_RESEND_TOO_SOON, 7), "mario@example.it");
    assertThat(email.code()).isEqualTo(IdentityError.ENROLMENT_RESEND_TOO_SOON);
    assertThat(email.arguments()).containsExactly("m***@example.it", "7");
  }

  @Test
  void otherRefusalsOfTheChannelsPassUnchanged() {
    SigilloException limit = new SigilloException(OtpError.SMS_SEND_LIMIT, 30, 1800);
    assertThat(ContactResends.refusal(limit, "+393331234567")).isSameAs(limit);
  }
}

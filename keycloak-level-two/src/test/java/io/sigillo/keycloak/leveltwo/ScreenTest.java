package io.sigillo.keycloak.leveltwo;

import static org.assertj.core.api.Assertions.assertThat;

import io.sigillo.keycloak.leveltwo.CodeCheck.Check;
import io.sigillo.keycloak.leveltwo.Screen.Page;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Which page each answer of the registry leads to, and that only ACCEPTED leads to none. */
class ScreenTest {

  private static final Methods APP_AND_SMS =
      new Methods(
          "ACTIVE",
          true,
          true,
          Optional.of("+39 *** *** 4567"),
          Optional.of("http://alpha.localhost/credentials/"));

  private static final Methods APP_ONLY =
      new Methods("ACTIVE", true, false, Optional.empty(), Optional.empty());

  private static CodeCheck check(Check check) {
    return new CodeCheck(check, 3, Optional.empty(), 0);
  }

  @Test
  void onlyAcceptedLetsTheFlowGoOn() {
    assertThat(Screen.after(check(Check.ACCEPTED), APP_AND_SMS)).isEmpty();
    for (Check other : EnumSet.complementOf(EnumSet.of(Check.ACCEPTED))) {
      assertThat(Screen.after(check(other), APP_AND_SMS)).as(other.name()).isPresent();
    }
  }

  @Test
  void anAnswerOutsideTheContractIsTheUnavailablePageNeverAPass() {
    CodeCheck unknown = CodeCheck.from(Map.of("check", "ACCEPTED_MAYBE"));
    assertThat(unknown.check()).isEqualTo(Check.UNKNOWN);
    assertThat(Screen.after(unknown, APP_AND_SMS).map(Screen::page)).contains(Page.UNAVAILABLE);
    assertThat(CodeCheck.from(Map.of()).accepted()).isFalse();
  }

  @Test
  void aWrongCodeStaysOnTheFormAndSaysHowManyAttemptsAreLeft() {
    Screen screen = Screen.after(check(Check.REJECTED), APP_AND_SMS).orElseThrow();
    assertThat(screen.page()).isEqualTo(Page.CODE);
    assertThat(screen.message()).contains("sigilloL2Rejected");
    assertThat(screen.arguments()).containsExactly(3);
    assertThat(screen.tone()).isEqualTo(Screen.Tone.ERROR);
  }

  @Test
  void eachOutcomeHasItsPageOrItsMessage() {
    assertThat(page(Check.REPLAYED)).isEqualTo(Page.CODE);
    assertThat(message(Check.REPLAYED)).contains("sigilloL2Replayed");
    assertThat(message(Check.DELAYED)).contains("sigilloL2DelayedLater");
    assertThat(message(Check.CODE_CLOSED)).contains("sigilloL2SmsClosed");
    assertThat(page(Check.CLOCK_DRIFT)).isEqualTo(Page.CLOCK_DRIFT);
    assertThat(page(Check.LOCKED)).isEqualTo(Page.LOCKED);
    assertThat(page(Check.SUSPENDED)).isEqualTo(Page.SUSPENDED);
    assertThat(page(Check.IDENTITY_REVOKED)).isEqualTo(Page.REVOKED);
  }

  @Test
  void noAppSendsToTheSmsWhenThereIsOneElseToThePortal() {
    assertThat(Screen.after(check(Check.NO_APP), APP_AND_SMS).orElseThrow().message())
        .contains("sigilloL2NoAppUseSms");
    assertThat(
            Screen.after(
                    check(Check.NO_APP),
                    new Methods("ACTIVE", false, false, Optional.empty(), Optional.empty()))
                .orElseThrow()
                .page())
        .isEqualTo(Page.NO_METHOD);
  }

  @Test
  void aDelayWithoutAKnownWaitSaysSoWithoutAZeroSeconds() {
    assertThat(
            Screen.after(new CodeCheck(Check.DELAYED, 0, Optional.empty(), 12), APP_ONLY)
                .orElseThrow()
                .arguments())
        .containsExactly(12L);
    assertThat(
            Screen.after(new CodeCheck(Check.DELAYED, 0, Optional.empty(), 0), APP_ONLY)
                .orElseThrow()
                .message())
        .contains("sigilloL2DelayedLater");
  }

  @Test
  void theClockDriftPageShowsTheOffsetInWholeMinutesWithItsSign() {
    Screen ahead =
        Screen.after(new CodeCheck(Check.CLOCK_DRIFT, 5, Optional.of(240L), 0), APP_ONLY)
            .orElseThrow();
    assertThat(ahead.offsetText()).isEqualTo("+4 min");
    assertThat(ahead.offsetMinutes()).isEqualTo(4);
    assertThat(ahead.phoneAhead()).isTrue();
    Screen behind =
        Screen.after(new CodeCheck(Check.CLOCK_DRIFT, 5, Optional.of(-170L), 0), APP_ONLY)
            .orElseThrow();
    assertThat(behind.offsetText()).isEqualTo("\u22123 min");
    assertThat(behind.phoneAhead()).isFalse();
  }

  @Test
  void theFirstPageFollowsTheIdentityAndTheMethods() {
    assertThat(Screen.start(APP_AND_SMS).page()).isEqualTo(Page.CODE);
    assertThat(Screen.start(APP_AND_SMS).message()).isEmpty();
    assertThat(
            Screen.start(new Methods("ACTIVE", false, false, Optional.empty(), Optional.empty()))
                .page())
        .isEqualTo(Page.NO_METHOD);
    assertThat(
            Screen.start(new Methods("NONE", true, true, Optional.empty(), Optional.empty()))
                .page())
        .isEqualTo(Page.NO_IDENTITY);
    assertThat(
            Screen.start(new Methods("SUSPENDED", true, true, Optional.empty(), Optional.empty()))
                .page())
        .isEqualTo(Page.SUSPENDED);
    assertThat(
            Screen.start(new Methods("REVOKED", true, true, Optional.empty(), Optional.empty()))
                .page())
        .isEqualTo(Page.REVOKED);
    assertThat(
            Screen.start(
                    new Methods("SOMETHING_NEW", true, true, Optional.empty(), Optional.empty()))
                .page())
        .as("an identity state the provider does not know is not a usable identity")
        .isEqualTo(Page.SUSPENDED);
  }

  @Test
  void smsOutcomesStayOnTheForm() {
    assertThat(Screen.smsSent("+39 *** *** 4567").arguments()).containsExactly("+39 *** *** 4567");
    assertThat(Screen.smsSent("x").tone()).isEqualTo(Screen.Tone.INFO);
    assertThat(Screen.smsRefused(new SmsAnswer.Refused("OTP-051", 42)).arguments())
        .containsExactly(42L);
    assertThat(Screen.smsRefused(new SmsAnswer.Refused("OTP-052", 0)).message())
        .contains("sigilloL2SmsRefused");
    // the hourly limit says how long, in minutes
    Screen limit = Screen.smsRefused(new SmsAnswer.Refused("OTP-052", 3578));
    assertThat(limit.message()).contains("sigilloL2SmsLimit");
    assertThat(limit.arguments()).containsExactly(60L);
  }

  @Test
  void notices() {
    assertThat(Page.NO_METHOD.template()).isEqualTo("sigillo-level-two-notice.ftl");
    assertThat(Page.NO_METHOD.id()).isEqualTo("no-method");
    assertThat(Page.CODE.template()).isEqualTo("sigillo-level-two.ftl");
  }

  private static Page page(Check check) {
    return Screen.after(check(check), APP_AND_SMS).orElseThrow().page();
  }

  private static Optional<String> message(Check check) {
    return Screen.after(check(check), APP_AND_SMS).orElseThrow().message();
  }
}

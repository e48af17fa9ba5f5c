package io.sigillo.signature.domain.holder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sigillo.signature.api.SignatureError;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class PasswordRulesTest {

  private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");

  @Test
  void aPasswordNeedsTenCharactersWithLettersAndDigits() {
    assertThatCode(() -> PasswordPolicy.require("firma-2026x".toCharArray()))
        .doesNotThrowAnyException();
    for (String weak : new String[] {"short1", "onlyletterslong", "1234567890123", ""}) {
      assertThatThrownBy(() -> PasswordPolicy.require(weak.toCharArray()))
          .as(weak)
          .hasFieldOrPropertyWithValue("code", SignatureError.PASSWORD_WEAK);
    }
    assertThatThrownBy(() -> PasswordPolicy.require(("a1" + "x".repeat(127)).toCharArray()))
        .hasFieldOrPropertyWithValue("code", SignatureError.PASSWORD_WEAK);
  }

  @Test
  void theFifthWrongPasswordLocksForHalfAnHour() {
    PasswordLockout.State state = PasswordLockout.State.CLEAR;
    for (int i = 1; i < PasswordLockout.THRESHOLD; i++) {
      state = PasswordLockout.afterFailure(state, NOW);
      assertThat(state.lockedAt(NOW)).isFalse();
      assertThat(PasswordLockout.remaining(state)).isEqualTo(PasswordLockout.THRESHOLD - i);
    }
    state = PasswordLockout.afterFailure(state, NOW);
    assertThat(state.lockedAt(NOW)).isTrue();
    assertThat(state.lockedUntil()).contains(NOW.plus(Duration.ofMinutes(30)));
    assertThat(state.lockedAt(NOW.plus(Duration.ofMinutes(30)))).isFalse();
  }

  @Test
  void eachFailureAfterALockDoublesTheNextLockUpToADay() {
    PasswordLockout.State state =
        new PasswordLockout.State(PasswordLockout.THRESHOLD, java.util.Optional.empty());
    state = PasswordLockout.afterFailure(state, NOW);
    assertThat(state.lockedUntil()).contains(NOW.plus(Duration.ofHours(1)));
    state = PasswordLockout.afterFailure(state, NOW);
    assertThat(state.lockedUntil()).contains(NOW.plus(Duration.ofHours(2)));
    PasswordLockout.State many = new PasswordLockout.State(40, java.util.Optional.empty());
    assertThat(PasswordLockout.afterFailure(many, NOW).lockedUntil())
        .contains(NOW.plus(Duration.ofDays(1)));
    assertThat(PasswordLockout.remaining(many)).isZero();
  }

  @Test
  void aTenantsMinimumRefusesAShorterPasswordWithItsOwnCodeAfterThePlatformsRule() {
    PasswordRules rules = new PasswordRules(14, 5);
    assertThatCode(() -> rules.require("firma-2026-ok!".toCharArray())).doesNotThrowAnyException();
    assertThatThrownBy(() -> rules.require("firma-2026x".toCharArray()))
        .hasFieldOrPropertyWithValue("code", SignatureError.PASSWORD_TOO_SHORT);
    // what the platform refuses anyway keeps its own answer
    assertThatThrownBy(() -> rules.require("short1".toCharArray()))
        .hasFieldOrPropertyWithValue("code", SignatureError.PASSWORD_WEAK);
  }

  @Test
  void aTenantCannotGoBelowThePlatformsLengthNorRememberTooManyPasswords() {
    assertThatCode(() -> new PasswordRules(10, 0)).doesNotThrowAnyException();
    assertThatCode(() -> new PasswordRules(64, PasswordRules.MAX_HISTORY))
        .doesNotThrowAnyException();
    for (int[] wrong :
        new int[][] {{9, 5}, {65, 5}, {12, -1}, {12, PasswordRules.MAX_HISTORY + 1}}) {
      assertThatThrownBy(() -> new PasswordRules(wrong[0], wrong[1]))
          .as(wrong[0] + "/" + wrong[1])
          .hasFieldOrPropertyWithValue("code", SignatureError.PASSWORD_RULES_INVALID);
    }
  }
}

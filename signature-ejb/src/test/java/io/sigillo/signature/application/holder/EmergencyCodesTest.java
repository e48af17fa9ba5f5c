package io.sigillo.signature.application.holder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sigillo.core.audit.Actor;
import io.sigillo.core.error.PlatformError;
import io.sigillo.core.error.SigilloException;
import io.sigillo.core.security.Assurance;
import io.sigillo.core.security.Role;
import io.sigillo.signature.domain.holder.EmergencyCode;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Emergency codes as a person reads and types them, their lock, and who may act on certificates in
 * the operator console.
 */
class EmergencyCodesTest {

  @Test
  void aCodeIsSixteenCharactersOfCrockfordsAlphabetReadInFourGroups() {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < 200; i++) {
      char[] code = EmergencySuspensionBean.newCode();
      assertThat(new String(code)).matches("[0-9A-HJKMNP-TV-Z]{16}");
      assertThat(EmergencySuspensionBean.grouped(code)).matches("[0-9A-Z]{4}(-[0-9A-Z]{4}){3}");
      seen.add(new String(code));
    }
    assertThat(seen).hasSize(200);
  }

  @Test
  void whatIsTypedCountsAsIssuedWhateverTheCaseDashesSpacesOrLookAlikes() {
    assertThat(new String(EmergencySuspensionBean.normalised(" ab1o-il2z x9 ")))
        .isEqualTo("AB10112ZX9");
    assertThat(EmergencySuspensionBean.normalised(null)).isEmpty();
    assertThat(EmergencySuspensionBean.normalised("x".repeat(10_000))).hasSizeLessThan(70);
  }

  @Test
  void fiveWrongCodesLockEvenTheRightOneForAWhile() {
    Instant now = Instant.parse("2026-12-07T10:00:00Z");
    EmergencyCode code = new EmergencyCode(7, "$argon2id$...", now);
    for (int i = 0; i < EmergencyCode.THRESHOLD - 1; i++) {
      code.wrong(now);
      assertThat(code.lockedAt(now)).isFalse();
    }
    code.wrong(now);
    assertThat(code.lockedAt(now)).isTrue();
    assertThat(code.lockedAt(now.plus(EmergencyCode.LOCK).minusSeconds(1))).isTrue();
    assertThat(code.lockedAt(now.plus(EmergencyCode.LOCK))).isFalse();
  }

  @Test
  void onlyTheTenantsOperatorsAtLevelTwoActOnCertificates() {
    operator(Assurance.LEVEL_2).requireActingOperator();
    Actor.system("housekeeping").requireActingOperator();
    assertThatThrownBy(() -> operator(Assurance.LEVEL_1).requireActingOperator())
        .isInstanceOfSatisfying(
            SigilloException.class,
            e -> assertThat(e.code()).isEqualTo(PlatformError.STAFF_LEVEL_2_REQUIRED));
    assertThatThrownBy(() -> Actor.person("anna", "", Assurance.LEVEL_2).requireActingOperator())
        .isInstanceOfSatisfying(
            SigilloException.class,
            e -> assertThat(e.code()).isEqualTo(PlatformError.ROLE_NOT_ALLOWED));
  }

  private static Actor operator(Assurance assurance) {
    return new Actor("op", "", assurance, Set.of(Role.OPERATOR), false);
  }
}

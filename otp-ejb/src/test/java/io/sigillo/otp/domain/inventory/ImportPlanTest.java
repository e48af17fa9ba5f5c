package io.sigillo.otp.domain.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import io.sigillo.otp.api.DeviceType;
import io.sigillo.otp.api.ImportProblem;
import io.sigillo.otp.api.ImportProblem.Reason;
import io.sigillo.otp.api.ImportReport;
import io.sigillo.otp.api.TokenFileFormat;
import io.sigillo.otp.domain.OtpAlgorithm;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ImportPlanTest {

  private static byte[] seed(int fill) {
    byte[] seed = new byte[20];
    Arrays.fill(seed, (byte) fill);
    return seed;
  }

  private static TokenEntry hotp(int position, String serial, int fill, long counter) {
    return ImportedToken.check(
        position,
        serial,
        DeviceType.HOTP,
        OtpAlgorithm.SHA1,
        6,
        counter,
        30,
        seed(fill),
        null,
        null);
  }

  private static ImportPlan plan(List<TokenEntry> entries, Map<String, ImportPlan.Existing> known) {
    return ImportPlan.of(entries, token -> Optional.ofNullable(known.get(token.serial())));
  }

  @Test
  void newPresentDuplicatedAndRejectedEntriesAreCountedAndListedInFileOrder() {
    List<TokenEntry> entries =
        List.of(
            hotp(1, "NEW", 1, 0),
            hotp(2, "KNOWN", 2, 0),
            hotp(3, "NEW", 1, 5),
            new TokenEntry.Rejected(4, Optional.of("PIN"), Reason.ALGORITHM_UNSUPPORTED),
            hotp(5, "TAKEN", 3, 0));
    Map<String, ImportPlan.Existing> known =
        Map.of(
            "KNOWN", new ImportPlan.Existing(10, true, true, 0),
            "TAKEN", new ImportPlan.Existing(11, false, true, 0));

    ImportReport report = plan(entries, known).report(TokenFileFormat.CSV, false);

    assertThat(report.entries()).isEqualTo(5);
    assertThat(report.added()).isEqualTo(1);
    assertThat(report.alreadyPresent()).isEqualTo(1);
    assertThat(report.counterAdvanced()).isZero();
    assertThat(report.duplicatesInFile()).isEqualTo(1);
    assertThat(report.rejected()).isEqualTo(2);
    assertThat(report.problems())
        .containsExactly(
            new ImportProblem(3, Optional.of("NEW"), Reason.DUPLICATE),
            new ImportProblem(4, Optional.of("PIN"), Reason.ALGORITHM_UNSUPPORTED),
            new ImportProblem(5, Optional.of("TAKEN"), Reason.SERIAL_TAKEN));
  }

  @Test
  void aSerialRepeatedWithAnotherSeedIsAmbiguousAndNoneOfItsEntriesIsImported() {
    ImportPlan plan = plan(List.of(hotp(1, "X", 1, 0), hotp(2, "X", 9, 0)), Map.of());

    assertThat(plan.toAdd()).isEmpty();
    assertThat(plan.duplicatesInFile()).isEqualTo(1);
    assertThat(plan.rejected()).isEqualTo(1);
    assertThat(plan.problems())
        .extracting(ImportProblem::position, ImportProblem::reason)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(1, Reason.DUPLICATE_CONFLICT),
            org.assertj.core.groups.Tuple.tuple(2, Reason.DUPLICATE_CONFLICT));
  }

  @Test
  void aHigherCounterMovesOnlyATokenStillInStockAndALowerOneNeverRewinds() {
    List<TokenEntry> entries =
        List.of(hotp(1, "STOCK", 1, 20), hotp(2, "USED", 2, 20), hotp(3, "AHEAD", 3, 20));
    Map<String, ImportPlan.Existing> known =
        Map.of(
            "STOCK", new ImportPlan.Existing(1, true, true, 0),
            "USED", new ImportPlan.Existing(2, true, false, 7),
            "AHEAD", new ImportPlan.Existing(3, true, true, 50));

    ImportPlan plan = plan(entries, known);

    assertThat(plan.alreadyPresent()).isEqualTo(3);
    assertThat(plan.toAdvance()).containsExactly(new ImportPlan.Advance(1, "STOCK", 20));
  }

  @Test
  void theAuditFiguresCarryCountsOnly() {
    ImportPlan plan = plan(List.of(hotp(1, "S", 0x41, 0)), Map.of());

    assertThat(plan.figures())
        .isEqualTo(
            "1 entries, 1 new, 0 already present (0 counters advanced), 0 duplicates, 0 rejected")
        .doesNotContain("AAAA");
  }
}

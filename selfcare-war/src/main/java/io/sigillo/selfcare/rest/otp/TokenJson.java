package io.sigillo.selfcare.rest.otp;

import io.sigillo.otp.api.ClaimResult;
import io.sigillo.otp.api.ImportProblem;
import io.sigillo.otp.api.ImportReport;
import io.sigillo.otp.api.OtpError;
import io.sigillo.otp.api.TokenSummary;
import io.sigillo.selfcare.rest.json.Advice;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The JSON bodies of the token inventory API; none ever carries a seed. */
public final class TokenJson {

  private TokenJson() {}

  @Schema(
      description =
          "A holder claims a token by its serial and two (when asked, three) consecutive codes it"
              + " shows, oldest first. Operators name the owner; people claim for themselves.")
  public record ClaimRequest(String serial, List<String> codes, String owner) {}

  @Schema(description = "Give a token in stock to a holder (operators).")
  public record AssignRequest(String owner) {}

  @Schema(
      description =
          "One entry not imported. position: the CSV line (header = 1) or the PSKC KeyPackage"
              + " (from 1); reason: DUPLICATE, DUPLICATE_CONFLICT, SERIAL_TAKEN, SERIAL_MISSING, …")
  public record ProblemView(int position, String serial, String reason) {

    static ProblemView of(ImportProblem p) {
      return new ProblemView(p.position(), p.serial().orElse(null), p.reason().name());
    }
  }

  @Schema(
      description =
          "What an import found (dryRun) or did (committed): counts, and every duplicate or"
              + " rejected entry with its position and reason; never a seed")
  public record ImportReportView(
      String format,
      boolean committed,
      String positionsAre,
      int entries,
      int added,
      int alreadyPresent,
      int counterAdvanced,
      int duplicatesInFile,
      int rejected,
      List<ProblemView> problems) {

    static ImportReportView of(ImportReport r) {
      return new ImportReportView(
          r.format().name(),
          r.committed(),
          switch (r.format()) {
            case CSV -> "line";
            case PSKC -> "keyPackage";
          },
          r.entries(),
          r.added(),
          r.alreadyPresent(),
          r.counterAdvanced(),
          r.duplicatesInFile(),
          r.rejected(),
          r.problems().stream().map(ProblemView::of).toList());
    }
  }

  @Schema(
      description =
          "A hardware token of the inventory. state: AVAILABLE, ASSIGNED, ACTIVE, LOCKED, LOST or"
              + " RETIRED")
  public record TokenView(
      long deviceId,
      String serial,
      String state,
      String owner,
      String type,
      String algorithm,
      int digits,
      int periodSeconds,
      String manufacturer,
      String model,
      Instant createdAt,
      Instant activatedAt) {

    static TokenView of(TokenSummary t) {
      return new TokenView(
          t.deviceId(),
          t.serial(),
          t.state().name(),
          t.owner().orElse(null),
          t.type().id(),
          t.algorithm(),
          t.digits(),
          t.periodSeconds(),
          t.manufacturer().orElse(null),
          t.model().orElse(null),
          t.createdAt(),
          t.activatedAt().orElse(null));
    }
  }

  @Schema(
      description =
          "The answer to a claim: CLAIMED, REFUSED, THIRD_CODE_NEEDED, DELAYED or BLOCKED. Every"
              + " refusal looks the same, whatever the reason")
  public record ClaimView(
      String status, Long deviceId, int remainingAttempts, long retryAfterSeconds, Advice advice) {

    static ClaimView of(ClaimResult r, Locale locale) {
      return new ClaimView(
          r.status().name(),
          r.deviceId().orElse(null),
          r.remainingAttempts(),
          r.retryAfter().toSeconds(),
          switch (r.status()) {
            case CLAIMED -> null;
            case REFUSED -> Advice.of(OtpError.TOKEN_CLAIM_REFUSED, locale, List.of());
            case THIRD_CODE_NEEDED ->
                Advice.of(OtpError.RESYNC_THIRD_CODE_NEEDED, locale, List.of());
            case DELAYED ->
                Advice.of(
                    OtpError.ATTEMPTS_DELAYED,
                    locale,
                    List.of(String.valueOf(r.retryAfter().toSeconds())));
            case BLOCKED -> Advice.of(OtpError.TOKEN_CLAIM_BLOCKED, locale, List.of());
          });
    }
  }
}

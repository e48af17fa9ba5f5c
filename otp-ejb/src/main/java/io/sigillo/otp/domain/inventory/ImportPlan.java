package io.sigillo.otp.domain.inventory;

import io.sigillo.otp.api.DeviceType;
import io.sigillo.otp.api.ImportProblem;
import io.sigillo.otp.api.ImportProblem.Reason;
import io.sigillo.otp.api.ImportReport;
import io.sigillo.otp.api.TokenFileFormat;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * What importing a file would do to a tenant's inventory, decided from the file's entries and the
 * tokens the tenant already has, before anything is written. A dry run reports it; a commit carries
 * it out; the same file against the same inventory gives the same plan.
 *
 * <p>The rules:
 *
 * <ul>
 *   <li>Within the file the first entry of a serial counts; later ones with the same token are
 *       {@link Reason#DUPLICATE}s. If they disagree on seed or parameters the serial is ambiguous
 *       and none of its entries is imported ({@link Reason#DUPLICATE_CONFLICT}).
 *   <li>A serial the tenant already has with the same token is already present and keeps its state
 *       (idempotent re-import); with another seed or other parameters it is {@link
 *       Reason#SERIAL_TAKEN} and is left alone too.
 *   <li>A counter is never rewound. It moves forward only for an event-based token still in stock:
 *       such a token has never accepted a code, so a vendor's later file may know better; once a
 *       token has been claimed or assigned its counter belongs to the registry alone.
 * </ul>
 */
public record ImportPlan(
    int entries,
    List<ImportedToken> toAdd,
    List<Advance> toAdvance,
    int alreadyPresent,
    int duplicatesInFile,
    int rejected,
    List<ImportProblem> problems) {

  /** A token the tenant already has, as the plan needs to see it. */
  public record Existing(long deviceId, boolean sameToken, boolean inStock, long nextCounter) {}

  /** Move a stocked token's next counter forward to {@code nextCounter}. */
  public record Advance(long deviceId, String serial, long nextCounter) {}

  public ImportPlan {
    toAdd = List.copyOf(toAdd);
    toAdvance = List.copyOf(toAdvance);
    problems = List.copyOf(problems);
  }

  /**
   * @param existing the tenant's token with the serial of a usable entry, seen against that entry
   */
  public static ImportPlan of(
      List<TokenEntry> entries, Function<ImportedToken, Optional<Existing>> existing) {
    List<ImportProblem> problems = new ArrayList<>();
    Map<String, ImportedToken> first = new LinkedHashMap<>();
    Set<String> ambiguous = new HashSet<>();
    int rejected = 0;
    int duplicates = 0;
    for (TokenEntry entry : entries) {
      if (entry instanceof TokenEntry.Rejected bad) {
        problems.add(new ImportProblem(bad.position(), bad.namedSerial(), bad.reason()));
        rejected++;
      } else if (entry instanceof ImportedToken token) {
        ImportedToken earlier = first.putIfAbsent(token.serial(), token);
        if (earlier != null) {
          duplicates++;
          boolean same = earlier.sameTokenAs(token);
          if (!same) {
            ambiguous.add(token.serial());
          }
          problems.add(problem(token, same ? Reason.DUPLICATE : Reason.DUPLICATE_CONFLICT));
        }
      }
    }
    List<ImportedToken> toAdd = new ArrayList<>();
    List<Advance> toAdvance = new ArrayList<>();
    int present = 0;
    for (ImportedToken token : first.values()) {
      if (ambiguous.contains(token.serial())) {
        problems.add(problem(token, Reason.DUPLICATE_CONFLICT));
        rejected++;
        continue;
      }
      Existing known = existing.apply(token).orElse(null);
      if (known == null) {
        toAdd.add(token);
      } else if (!known.sameToken()) {
        problems.add(problem(token, Reason.SERIAL_TAKEN));
        rejected++;
      } else {
        present++;
        if (known.inStock()
            && token.type() == DeviceType.HOTP
            && token.nextCounter() > known.nextCounter()) {
          toAdvance.add(new Advance(known.deviceId(), token.serial(), token.nextCounter()));
        }
      }
    }
    problems.sort(Comparator.comparingInt(ImportProblem::position));
    return new ImportPlan(
        entries.size(), toAdd, toAdvance, present, duplicates, rejected, problems);
  }

  private static ImportProblem problem(ImportedToken token, Reason reason) {
    return new ImportProblem(token.position(), Optional.of(token.serial()), reason);
  }

  public ImportReport report(TokenFileFormat format, boolean committed) {
    return new ImportReport(
        format,
        committed,
        entries,
        toAdd.size(),
        alreadyPresent,
        toAdvance.size(),
        duplicatesInFile,
        rejected,
        problems);
  }

  /** For the audit trail: figures only. */
  public String figures() {
    return entries
        + " entries, "
        + toAdd.size()
        + " new, "
        + alreadyPresent
        + " already present ("
        + toAdvance.size()
        + " counters advanced), "
        + duplicatesInFile
        + " duplicates, "
        + rejected
        + " rejected";
  }
}

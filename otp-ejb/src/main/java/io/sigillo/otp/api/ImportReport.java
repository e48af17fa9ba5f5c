package io.sigillo.otp.api;

import java.util.List;

/**
 * What an import found in a seed file, or did with it. A dry run and the commit of the same file
 * against the same inventory give the same figures. Never carries a secret.
 *
 * @param committed {@code false} for a dry run: nothing was stored
 * @param entries tokens the file describes (every CSV data line, every PSKC key package)
 * @param added tokens new to the tenant, now (or on commit) in stock as {@link
 *     TokenState#AVAILABLE}
 * @param alreadyPresent tokens the tenant already has with the same seed: left as they are
 * @param counterAdvanced of those, tokens still in stock whose counter the file moves forward
 * @param duplicatesInFile entries repeating an earlier serial of the same file
 * @param rejected entries not imported for a reason of their own (duplicates not included)
 * @param problems every duplicate and rejected entry, in file order, at most {@link #MAX_LISTED}
 */
public record ImportReport(
    TokenFileFormat format,
    boolean committed,
    int entries,
    int added,
    int alreadyPresent,
    int counterAdvanced,
    int duplicatesInFile,
    int rejected,
    List<ImportProblem> problems) {

  public static final int MAX_LISTED = 1_000;

  public ImportReport {
    problems = List.copyOf(problems.subList(0, Math.min(problems.size(), MAX_LISTED)));
  }
}

package io.sigillo.identity.api;

import java.util.List;

/**
 * What an import of identities found in a reseller's CSV file, or did with it. A dry run and the
 * commit of the same file against the same identities give the same figures.
 *
 * @param committed {@code false} for a dry run: nothing was stored, no e-mail sent
 * @param rows data lines of the file
 * @param added identities new to the tenant, now (or on commit) active, each with its activation
 *     e-mail
 * @param alreadyPresent rows whose username and codice fiscale the tenant already has together:
 *     left as they are (an import can be run again)
 * @param rejected rows not imported, each listed in {@code problems}
 */
public record IdentityImportReport(
    boolean committed,
    int rows,
    int added,
    int alreadyPresent,
    int rejected,
    List<IdentityImportProblem> problems) {

  public IdentityImportReport {
    problems = List.copyOf(problems);
  }
}

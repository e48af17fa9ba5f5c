package io.sigillo.identity.api;

import io.sigillo.core.error.ErrorCode;
import java.util.List;

/**
 * One line of an identity import that was not imported: the catalogued reason and the arguments of
 * its message (the field, the fields that disagree with the codice fiscale, …).
 *
 * @param line the line of the file (the header is line 1)
 * @param username the username the line names, or empty
 */
public record IdentityImportProblem(
    int line, String username, ErrorCode error, List<String> arguments) {

  public IdentityImportProblem {
    arguments = List.copyOf(arguments);
  }
}

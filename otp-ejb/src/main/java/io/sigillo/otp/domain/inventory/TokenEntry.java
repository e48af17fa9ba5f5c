package io.sigillo.otp.domain.inventory;

import io.sigillo.otp.api.ImportProblem;
import java.util.Optional;

/** One token a seed file describes: usable ({@link ImportedToken}) or not ({@link Rejected}). */
public sealed interface TokenEntry permits ImportedToken, TokenEntry.Rejected {

  /** The CSV line or the PSKC key package, from 1. */
  int position();

  /** The serial, when the entry names a well-formed one. */
  Optional<String> namedSerial();

  /** An entry left out, and why; it never keeps the seed it may have carried. */
  record Rejected(int position, Optional<String> namedSerial, ImportProblem.Reason reason)
      implements TokenEntry {}
}

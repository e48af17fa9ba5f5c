package io.sigillo.core.messaging;

import java.text.Normalizer;
import java.util.Optional;

/**
 * An alphanumeric SMS sender id made from a tenant's display name: what a phone shows instead of a
 * number. Networks allow at most 11 characters of letters, digits and spaces.
 */
public final class SenderName {

  public static final int MAX_LENGTH = 11;

  private SenderName() {}

  /** "Alpha Fiduciaria" becomes "Alpha Fiduc"; a name with nothing usable gives nothing. */
  public static Optional<String> alphanumeric(String displayName) {
    if (displayName == null) {
      return Optional.empty();
    }
    String plain =
        Normalizer.normalize(displayName, Normalizer.Form.NFD)
            .replaceAll("\\p{M}", "")
            .replaceAll("[^A-Za-z0-9 ]", "")
            .replaceAll(" +", " ")
            .strip();
    String cut = plain.length() > MAX_LENGTH ? plain.substring(0, MAX_LENGTH).strip() : plain;
    return cut.isEmpty() ? Optional.empty() : Optional.of(cut);
  }
}

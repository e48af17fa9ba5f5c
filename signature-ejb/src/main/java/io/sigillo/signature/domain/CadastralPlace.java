package io.sigillo.signature.domain;

import io.sigillo.signature.api.PlaceSuggestion;

/**
 * One row of the cadastral registry: a municipality (current or historic) or a foreign state and
 * its Belfiore code. A code can have several rows: a municipality renamed, merged or moved to
 * another province keeps its code under each name.
 *
 * @param province the sigla; {@code EE} for a foreign state
 * @param active false for a municipality or state that no longer exists under this name; it still
 *     appears in the tax codes of people born there
 */
public record CadastralPlace(String code, String province, String name, boolean active) {

  public static final String FOREIGN = "EE";

  public boolean foreign() {
    return FOREIGN.equals(province);
  }

  public PlaceSuggestion suggestion() {
    return new PlaceSuggestion(name, province, code);
  }

  /** {@code ROMA (RM)}, or the bare name of a foreign state. */
  public String label() {
    return suggestion().label();
  }
}

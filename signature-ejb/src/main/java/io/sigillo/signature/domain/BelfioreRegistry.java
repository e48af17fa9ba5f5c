package io.sigillo.signature.domain;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The cadastral (Belfiore) codes of municipalities, historic municipalities and foreign states, and
 * the provinces. Read-only reference data; implementations are safe to share between threads.
 */
public interface BelfioreRegistry {

  /** Every row with this code (any case); empty if no place has it. */
  List<CadastralPlace> byCode(String code);

  /**
   * Rows whose name matches as typed, compared by {@link PlaceNames#key} and, when that finds
   * nothing, by the {@link PlaceNames#variants} of {@code S.}/{@code STA}/{@code STO}; the same
   * name can exist in several provinces.
   */
  List<CadastralPlace> byName(String name);

  /** Every lookup key of every name, for similarity searches; see {@link PlaceNames#key}. */
  Set<String> nameKeys();

  /** A province by sigla ({@code MB}) or name ({@code Monza e della Brianza}), any case. */
  Optional<Province> findProvince(String siglaOrName);

  List<Province> provinces();

  /** All rows, current and historic, Italian and foreign. */
  List<CadastralPlace> places();

  default List<CadastralPlace> foreignStates() {
    return places().stream().filter(CadastralPlace::foreign).toList();
  }

  default List<CadastralPlace> historic() {
    return places().stream().filter(place -> !place.active()).toList();
  }
}

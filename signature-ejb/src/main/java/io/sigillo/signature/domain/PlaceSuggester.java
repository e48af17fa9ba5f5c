package io.sigillo.signature.domain;

import io.sigillo.signature.api.PlaceSuggestion;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the places a holder probably meant when the typed name matches none.
 *
 * <p>Names are compared by edit distance on their {@link PlaceNames#key}, counting a swap of two
 * neighbouring letters as one edit ({@code MILNAO}). A name is a candidate when it is within one
 * edit for short names, two up to eight letters, three beyond; or, for four letters or more, when
 * it starts with what was typed ({@code Anguilla} for {@code ANGUILLA (ISOLA)}). Among candidates,
 * the place in the province the holder gave and the place whose code is in the tax code come first,
 * each worth one edit; then current places before historic ones.
 */
public final class PlaceSuggester {

  public static final int MAX_SUGGESTIONS = 3;

  private final BelfioreRegistry registry;

  public PlaceSuggester(BelfioreRegistry registry) {
    this.registry = registry;
  }

  /**
   * @param province the province the holder gave, if any
   * @param cadastralCode the code in the holder's tax code, if it could be read
   */
  public List<PlaceSuggestion> suggest(
      String typed, Optional<Province> province, Optional<String> cadastralCode) {
    String key = PlaceNames.key(typed);
    if (key.isEmpty()) {
      return List.of();
    }
    int threshold = key.length() <= 4 ? 1 : key.length() <= 8 ? 2 : 3;
    List<Scored> scored = new ArrayList<>();
    for (String candidate : registry.nameKeys()) {
      int distance = distance(key, candidate, threshold);
      if (distance > threshold) {
        continue;
      }
      for (CadastralPlace place : registry.byName(candidate)) {
        int score = distance;
        if (province.isPresent() && !province.get().sigla().equals(place.province())) {
          score++;
        }
        if (cadastralCode.isPresent() && cadastralCode.get().equals(place.code())) {
          score--;
        }
        scored.add(new Scored(place, score));
      }
    }
    scored.sort(
        Comparator.comparingInt(Scored::score)
            .thenComparing(s -> !s.place().active())
            .thenComparing(s -> s.place().name()));
    Map<String, PlaceSuggestion> distinct = new LinkedHashMap<>();
    for (Scored s : scored) {
      if (distinct.size() == MAX_SUGGESTIONS) {
        break;
      }
      distinct.putIfAbsent(s.place().label(), s.place().suggestion());
    }
    return List.copyOf(distinct.values());
  }

  /**
   * Edit distance with adjacent transpositions (optimal string alignment), or a prefix match
   * counted as one edit. Returns more than {@code limit} as soon as that is certain.
   */
  static int distance(String typed, String candidate, int limit) {
    if (typed.length() >= 4 && candidate.startsWith(typed + " ")) {
      return 1;
    }
    if (Math.abs(typed.length() - candidate.length()) > limit) {
      return limit + 1;
    }
    int[] previous2 = new int[candidate.length() + 1];
    int[] previous = new int[candidate.length() + 1];
    int[] current = new int[candidate.length() + 1];
    for (int j = 0; j <= candidate.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= typed.length(); i++) {
      current[0] = i;
      int rowMinimum = current[0];
      for (int j = 1; j <= candidate.length(); j++) {
        int cost = typed.charAt(i - 1) == candidate.charAt(j - 1) ? 0 : 1;
        int value = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
        if (i > 1
            && j > 1
            && typed.charAt(i - 1) == candidate.charAt(j - 2)
            && typed.charAt(i - 2) == candidate.charAt(j - 1)) {
          value = Math.min(value, previous2[j - 2] + 1);
        }
        current[j] = value;
        rowMinimum = Math.min(rowMinimum, value);
      }
      if (rowMinimum > limit) {
        return limit + 1;
      }
      int[] recycled = previous2;
      previous2 = previous;
      previous = current;
      current = recycled;
    }
    return previous[candidate.length()];
  }

  private record Scored(CadastralPlace place, int score) {}
}

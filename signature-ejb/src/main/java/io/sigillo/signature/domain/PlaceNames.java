package io.sigillo.signature.domain;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * How a place name typed by a holder is matched with the registry's spelling.
 *
 * <p>The registry writes names in capitals with an apostrophe for a final accent ({@code AGLIE'}),
 * while people type {@code Agliè}, {@code aglie} or {@code Aglie'}. Both sides are reduced to a
 * lookup key: accents stripped, upper case, every character other than a letter or digit turned
 * into a space (apostrophes, hyphens, dots, parentheses), spaces collapsed. So {@code
 * Sant'Antonio}, {@code SANT ANTONIO} and {@code sant’antonio} meet, as do {@code Bovisio-Masciago}
 * and {@code Bovisio Masciago}.
 *
 * <p>A lone {@code S} is the common abbreviation of {@code SAN}, {@code SANTO}, {@code SANTA},
 * {@code SANT} or {@code SANTI} ({@code S. Giovanni}), and {@code STA} and {@code STO} of {@code
 * SANTA} and {@code SANTO}; {@link #variants} expands them, and a lookup takes whichever expansion
 * the registry knows. Nothing else is guessed here: near misses are left to the suggestions.
 */
public final class PlaceNames {

  private static final Map<String, List<String>> ABBREVIATIONS =
      Map.of(
          "S", List.of("SAN", "SANTO", "SANTA", "SANT", "SANTI"),
          "STA", List.of("SANTA"),
          "STO", List.of("SANTO"));

  /**
   * Everyday names of two provincial capitals whose official names differ; people born there type
   * the everyday name, which is also the province's name and would otherwise be taken for it.
   */
  private static final Map<String, String> EVERYDAY_NAMES =
      Map.of(
          "REGGIO NELL EMILIA", "REGGIO EMILIA",
          "REGGIO DI CALABRIA", "REGGIO CALABRIA");

  private PlaceNames() {}

  /** The lookup key of a name; the empty string for null or blank. */
  public static String key(String name) {
    if (name == null) {
      return "";
    }
    String decomposed = Normalizer.normalize(name, Normalizer.Form.NFD).toUpperCase(Locale.ROOT);
    StringBuilder key = new StringBuilder(decomposed.length());
    boolean pendingSpace = false;
    for (int i = 0; i < decomposed.length(); i++) {
      char c = decomposed.charAt(i);
      if (Character.getType(c) == Character.NON_SPACING_MARK) {
        continue;
      }
      if ((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) {
        if (pendingSpace && key.length() > 0) {
          key.append(' ');
        }
        key.append(c);
        pendingSpace = false;
      } else {
        pendingSpace = true;
      }
    }
    return key.toString();
  }

  /**
   * The keys under which a registry name is found. Foreign states are sometimes listed as {@code
   * DAHOMEY=BENIN} or {@code BAHAMA (ISOLE)}: each side of the {@code =} and the name without its
   * parenthesis are keys too, so {@code Dahomey} and {@code Bahama} are found; so is the everyday
   * name of {@code REGGIO NELL'EMILIA} and {@code REGGIO DI CALABRIA}.
   */
  public static Set<String> registryKeys(String registryName) {
    Set<String> keys = new LinkedHashSet<>();
    keys.add(key(registryName));
    for (String part : registryName.split("=")) {
      keys.add(key(part));
      keys.add(key(part.replaceAll("\\(.*?(\\)|$)", " ")));
    }
    String everyday = EVERYDAY_NAMES.get(key(registryName));
    if (everyday != null) {
      keys.add(everyday);
    }
    keys.remove("");
    return keys;
  }

  /** The key of a typed name followed by its expansions of {@code S}, {@code STA}, {@code STO}. */
  public static List<String> variants(String typed) {
    List<String> variants = new ArrayList<>();
    variants.add(key(typed));
    for (int i = 0; i < variants.size() && variants.size() < 64; i++) {
      String[] words = variants.get(i).split(" ");
      for (int w = 0; w < words.length; w++) {
        List<String> expansions = ABBREVIATIONS.get(words[w]);
        if (expansions != null) {
          for (String expansion : expansions) {
            String[] expanded = words.clone();
            expanded[w] = expansion;
            String variant = String.join(" ", expanded);
            if (!variants.contains(variant)) {
              variants.add(variant);
            }
          }
          break;
        }
      }
    }
    return variants;
  }
}

package io.sigillo.signature.api;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

/**
 * One field of the holder data that disagrees with the rest, with the catalogued reason. The
 * arguments fill the catalogue message of {@code error} in order ({0}, {1}, …).
 *
 * @param suggestions places the holder may have meant; empty unless the field is the place of birth
 */
public record HolderDataFinding(
    HolderField field,
    SignatureError error,
    List<String> arguments,
    List<PlaceSuggestion> suggestions)
    implements Serializable {

  public HolderDataFinding {
    arguments = List.copyOf(arguments);
    suggestions = List.copyOf(suggestions);
  }

  public static HolderDataFinding of(HolderField field, SignatureError error, Object... arguments) {
    return new HolderDataFinding(
        field, error, Arrays.stream(arguments).map(String::valueOf).toList(), List.of());
  }

  public HolderDataFinding withSuggestions(List<PlaceSuggestion> places) {
    return new HolderDataFinding(field, error, arguments, places);
  }
}

package io.sigillo.signature.domain;

import static io.sigillo.signature.api.HolderField.PLACE_OF_BIRTH;
import static io.sigillo.signature.api.HolderField.PROVINCE_OF_BIRTH;

import io.sigillo.signature.api.HolderDataFinding;
import io.sigillo.signature.api.PlaceSuggestion;
import io.sigillo.signature.api.SignatureError;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The place-of-birth part of the holder-data check.
 *
 * <p>The typed name is looked up among all rows, current and historic, Italian and foreign: a
 * person born in 1950 in a municipality merged since keeps its code, and the registry has no dates
 * to say which name was valid when, so any row with the code is accepted. A name can exist in
 * several provinces ({@code SAN GIOVANNI}); the province narrows it when given, and without it the
 * name is accepted when the code in the tax code belongs to any of them.
 *
 * <p>A name that matches no place is examined for the two usual mistakes: a province typed instead
 * of the municipality, and a misspelling, answered with the closest names.
 */
final class PlaceOfBirthCheck {

  private static final int MAX_OWNER_NAMES = 3;

  private final BelfioreRegistry registry;
  private final PlaceSuggester suggester;

  PlaceOfBirthCheck(BelfioreRegistry registry, PlaceSuggester suggester) {
    this.registry = registry;
    this.suggester = suggester;
  }

  /**
   * @param cadastralCode the code in the tax code, present only if the tax code could be read and
   *     the registry knows the code
   */
  List<HolderDataFinding> check(
      String place, String provinceTyped, Optional<String> cadastralCode) {
    List<HolderDataFinding> findings = new ArrayList<>();
    Optional<Province> province = province(provinceTyped, findings);
    if (HolderDataChecker.isBlank(place)) {
      findings.add(HolderDataFinding.of(PLACE_OF_BIRTH, SignatureError.FIELD_REQUIRED));
      return findings;
    }
    String typed = place.trim();
    List<CadastralPlace> named = registry.byName(typed);
    if (named.isEmpty()) {
      findings.add(unknown(typed, province, cadastralCode));
      return findings;
    }
    boolean foreign = named.stream().allMatch(CadastralPlace::foreign);
    List<CadastralPlace> candidates =
        foreign ? named : narrowToProvince(named, typed, provinceTyped, province, findings);
    if (cadastralCode.isEmpty()) {
      return findings;
    }
    String code = cadastralCode.get();
    if (candidates.stream().anyMatch(p -> p.code().equals(code))) {
      return findings;
    }
    List<CadastralPlace> owners = owners(code);
    findings.add(
        HolderDataFinding.of(
                PLACE_OF_BIRTH,
                foreign ? SignatureError.COUNTRY_MISMATCH : SignatureError.PLACE_MISMATCH,
                typed,
                code,
                owners.stream().map(CadastralPlace::label).collect(Collectors.joining(", ")))
            .withSuggestions(distinct(owners)));
    return findings;
  }

  /**
   * The places of that name in the province given. When the name exists but not in that province,
   * that is one mistake, reported on the province; every place of the name then stays a candidate,
   * so a code that matches one of them does not also blame the place.
   */
  private static List<CadastralPlace> narrowToProvince(
      List<CadastralPlace> named,
      String typed,
      String provinceTyped,
      Optional<Province> province,
      List<HolderDataFinding> findings) {
    if (province.isEmpty()) {
      return named;
    }
    String sigla = province.get().sigla();
    List<CadastralPlace> inProvince =
        named.stream().filter(p -> p.province().equals(sigla)).toList();
    if (!inProvince.isEmpty()) {
      return inProvince;
    }
    String provincesOfName =
        named.stream()
            .map(CadastralPlace::province)
            .distinct()
            .sorted()
            .collect(Collectors.joining(", "));
    findings.add(
        HolderDataFinding.of(
                PROVINCE_OF_BIRTH,
                SignatureError.PROVINCE_MISMATCH,
                typed,
                provinceTyped.trim(),
                provincesOfName)
            .withSuggestions(distinct(named)));
    return named;
  }

  private Optional<Province> province(String typed, List<HolderDataFinding> findings) {
    if (HolderDataChecker.isBlank(typed)) {
      return Optional.empty();
    }
    Optional<Province> province = registry.findProvince(typed);
    if (province.isEmpty()) {
      findings.add(
          HolderDataFinding.of(PROVINCE_OF_BIRTH, SignatureError.PROVINCE_UNKNOWN, typed.trim()));
    }
    return province;
  }

  private HolderDataFinding unknown(
      String typed, Optional<Province> province, Optional<String> cadastralCode) {
    Optional<Province> typedAsProvince = registry.findProvince(typed);
    if (typedAsProvince.isPresent() && !typedAsProvince.get().foreign()) {
      String sigla = typedAsProvince.get().sigla();
      List<CadastralPlace> inThatProvince =
          cadastralCode.map(this::owners).orElse(List.of()).stream()
              .filter(p -> p.province().equals(sigla))
              .toList();
      return HolderDataFinding.of(
              PLACE_OF_BIRTH, SignatureError.PLACE_IS_PROVINCE, typedAsProvince.get().name())
          .withSuggestions(distinct(inThatProvince));
    }
    List<PlaceSuggestion> suggestions = suggester.suggest(typed, province, cadastralCode);
    if (suggestions.isEmpty()) {
      return HolderDataFinding.of(
          PLACE_OF_BIRTH, SignatureError.PLACE_NOT_FOUND_NO_SUGGESTION, typed);
    }
    return HolderDataFinding.of(
            PLACE_OF_BIRTH,
            SignatureError.PLACE_NOT_FOUND,
            typed,
            suggestions.stream().map(PlaceSuggestion::label).collect(Collectors.joining(", ")))
        .withSuggestions(suggestions);
  }

  /** The places with this code, current names first, at most a few: enough to recognise it. */
  private List<CadastralPlace> owners(String code) {
    Map<String, CadastralPlace> byLabel = new LinkedHashMap<>();
    registry.byCode(code).stream()
        .sorted(Comparator.comparing((CadastralPlace p) -> !p.active()))
        .forEach(p -> byLabel.putIfAbsent(p.label(), p));
    return byLabel.values().stream().limit(MAX_OWNER_NAMES).toList();
  }

  private static List<PlaceSuggestion> distinct(List<CadastralPlace> places) {
    Map<String, PlaceSuggestion> byLabel = new LinkedHashMap<>();
    places.forEach(p -> byLabel.putIfAbsent(p.label(), p.suggestion()));
    return List.copyOf(byLabel.values());
  }
}

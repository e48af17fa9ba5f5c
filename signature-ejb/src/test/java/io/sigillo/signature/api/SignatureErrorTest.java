package io.sigillo.signature.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.sigillo.core.error.ErrorCatalogue;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class SignatureErrorTest {

  private static final Locale[] LANGUAGES = {Locale.ROOT, Locale.ENGLISH};
  private static final String[] PARTS = {"title", "message", "next"};
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d)}");
  private static final Pattern LONE_APOSTROPHE = Pattern.compile("(?<!')'(?!')");

  @Test
  void everyCodeHasItalianAndEnglishTitleMessageAndNextStep() {
    for (Locale language : LANGUAGES) {
      ResourceBundle bundle = bundle(language);
      for (SignatureError error : SignatureError.values()) {
        for (String part : PARTS) {
          String key = error.name() + "." + part;
          assertThat(bundle.containsKey(key)).as("%s in %s", key, language).isTrue();
          assertThat(bundle.getString(key)).as("%s in %s", key, language).isNotBlank();
        }
      }
    }
  }

  @Test
  void bundlesHaveNoKeyWithoutACode() {
    Set<String> expected =
        Arrays.stream(SignatureError.values())
            .flatMap(e -> Arrays.stream(PARTS).map(part -> e.name() + "." + part))
            .collect(Collectors.toSet());
    for (Locale language : LANGUAGES) {
      assertThat(bundle(language).keySet()).as("%s", language).isEqualTo(expected);
    }
  }

  @Test
  void bothLanguagesUseTheSameArguments() {
    ResourceBundle italian = bundle(Locale.ROOT);
    ResourceBundle english = bundle(Locale.ENGLISH);
    for (String key : italian.keySet()) {
      assertThat(placeholders(english.getString(key)))
          .as(key)
          .isEqualTo(placeholders(italian.getString(key)));
    }
  }

  @Test
  void apostrophesAreDoubledSoMessageFormatKeepsThemAndEveryArgument() {
    for (Locale language : LANGUAGES) {
      ResourceBundle bundle = bundle(language);
      for (String key : bundle.keySet()) {
        String pattern = bundle.getString(key);
        assertThat(LONE_APOSTROPHE.matcher(pattern).find()).as("%s in %s", key, language).isFalse();
        String rendered = new MessageFormat(pattern).format(new Object[] {"«A0»", "«A1»", "«A2»"});
        for (String index : placeholders(pattern)) {
          assertThat(rendered).as(key).contains("«A" + index + "»");
        }
        assertThat(rendered).as(key).doesNotContain("{").doesNotContain("''");
      }
    }
  }

  @Test
  void codesAreUniqueAndCarryTheModulePrefix() {
    List<String> codes = Arrays.stream(SignatureError.values()).map(SignatureError::code).toList();

    assertThat(codes).doesNotHaveDuplicates().allMatch(code -> code.matches("SIGN-\\d{3}"));
  }

  @Test
  void municipalityMismatchReadsAsACitizenWouldSayIt() {
    var italian =
        ErrorCatalogue.describe(
            SignatureError.PLACE_MISMATCH, Locale.ITALIAN, List.of("Milano", "H501", "ROMA (RM)"));
    var english =
        ErrorCatalogue.describe(
            SignatureError.PLACE_MISMATCH, Locale.ENGLISH, List.of("Milano", "H501", "ROMA (RM)"));

    assertThat(italian.code()).isEqualTo("SIGN-015");
    assertThat(italian.message())
        .isEqualTo(
            "Il comune di nascita Milano non corrisponde al codice H501 del codice fiscale"
                + " (caratteri 12-15), che è il codice di ROMA (RM).");
    assertThat(english.message())
        .isEqualTo(
            "The municipality of birth Milano does not match the code H501 in the tax code"
                + " (characters 12-15), which is the code of ROMA (RM).");
  }

  @Test
  void provinceTypedAsPlaceSaysToEnterTheMunicipality() {
    var italian =
        ErrorCatalogue.describe(
            SignatureError.PLACE_IS_PROVINCE, Locale.ITALIAN, List.of("Monza e della Brianza"));
    var english =
        ErrorCatalogue.describe(
            SignatureError.PLACE_IS_PROVINCE, Locale.ENGLISH, List.of("Monza e della Brianza"));

    assertThat(italian.message())
        .isEqualTo("Monza e della Brianza è una provincia: inserisci il comune di nascita.");
    assertThat(english.message())
        .isEqualTo("Monza e della Brianza is a province: enter the municipality of birth.");
  }

  @Test
  void italianApostropheSurvivesFormatting() {
    var text =
        ErrorCatalogue.describe(
            SignatureError.BIRTH_YEAR_MISMATCH, Locale.ITALIAN, List.of("1986", "85"));

    assertThat(text.title()).isEqualTo("L'anno di nascita non corrisponde al codice fiscale");
    assertThat(text.message())
        .isEqualTo(
            "L'anno di nascita 1986 non corrisponde ai caratteri 7-8 del codice fiscale, che"
                + " riportano 85.");
  }

  private static ResourceBundle bundle(Locale language) {
    return ErrorCatalogue.bundle(SignatureError.TAX_CODE_LENGTH.bundle(), language);
  }

  private static Set<String> placeholders(String pattern) {
    Matcher matcher = PLACEHOLDER.matcher(pattern);
    Set<String> found = new TreeSet<>();
    while (matcher.find()) {
      found.add(matcher.group(1));
    }
    return found;
  }
}

package io.sigillo.signature.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.sigillo.core.error.ErrorCatalogue;
import io.sigillo.core.error.ErrorCode;
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
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The rules every error catalogue of this module keeps, proven once over each of its enums: both
 * languages complete and alike, no orphan key, apostrophes MessageFormat keeps, unique codes with
 * the enum's prefix. The texts of particular codes are proven next to their enum ({@link
 * CertificateErrorTest}, {@link SignatureErrorTest}).
 */
class ErrorCataloguesTest {

  private static final Locale[] LANGUAGES = {Locale.ROOT, Locale.ENGLISH};
  private static final String[] PARTS = {"title", "message", "next"};
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d)}");
  private static final Pattern LONE_APOSTROPHE = Pattern.compile("(?<!')'(?!')");

  static Stream<Arguments> catalogues() {
    return Stream.of(
        Arguments.of(CertificateError.class, "CERT"), Arguments.of(SignatureError.class, "SIGN"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("catalogues")
  void everyCodeHasItalianAndEnglishTitleMessageAndNextStep(
      Class<? extends ErrorCode> catalogue, String prefix) {
    for (Locale language : LANGUAGES) {
      ResourceBundle bundle = bundle(catalogue, language);
      for (ErrorCode error : catalogue.getEnumConstants()) {
        for (String part : PARTS) {
          String key = error.name() + "." + part;
          assertThat(bundle.containsKey(key)).as("%s in %s", key, language).isTrue();
          assertThat(bundle.getString(key)).as("%s in %s", key, language).isNotBlank();
        }
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("catalogues")
  void bundlesHaveNoKeyWithoutACode(Class<? extends ErrorCode> catalogue, String prefix) {
    Set<String> expected =
        Arrays.stream(catalogue.getEnumConstants())
            .flatMap(e -> Arrays.stream(PARTS).map(part -> e.name() + "." + part))
            .collect(Collectors.toSet());
    for (Locale language : LANGUAGES) {
      assertThat(bundle(catalogue, language).keySet()).as("%s", language).isEqualTo(expected);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("catalogues")
  void bothLanguagesUseTheSameArguments(Class<? extends ErrorCode> catalogue, String prefix) {
    ResourceBundle italian = bundle(catalogue, Locale.ROOT);
    ResourceBundle english = bundle(catalogue, Locale.ENGLISH);
    for (String key : italian.keySet()) {
      assertThat(placeholders(english.getString(key)))
          .as(key)
          .isEqualTo(placeholders(italian.getString(key)));
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("catalogues")
  void apostrophesAreDoubledSoMessageFormatKeepsThemAndEveryArgument(
      Class<? extends ErrorCode> catalogue, String prefix) {
    for (Locale language : LANGUAGES) {
      ResourceBundle bundle = bundle(catalogue, language);
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

  @ParameterizedTest(name = "{0}")
  @MethodSource("catalogues")
  void codesAreUniqueAndCarryTheModulePrefix(Class<? extends ErrorCode> catalogue, String prefix) {
    List<String> codes = Arrays.stream(catalogue.getEnumConstants()).map(ErrorCode::code).toList();

    assertThat(codes).doesNotHaveDuplicates().allMatch(code -> code.matches(prefix + "-\\d{3}"));
  }

  /** Every code of an enum names the same bundle, so its first constant says which. */
  private static ResourceBundle bundle(Class<? extends ErrorCode> catalogue, Locale language) {
    return ErrorCatalogue.bundle(catalogue.getEnumConstants()[0].bundle(), language);
  }

  private static Set<String> placeholders(String text) {
    Set<String> found = new TreeSet<>();
    Matcher matcher = PLACEHOLDER.matcher(text);
    while (matcher.find()) {
      found.add(matcher.group(1));
    }
    return found;
  }
}

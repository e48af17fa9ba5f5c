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

class CertificateErrorTest {

  private static final Locale[] LANGUAGES = {Locale.ROOT, Locale.ENGLISH};
  private static final String[] PARTS = {"title", "message", "next"};
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d)}");
  private static final Pattern LONE_APOSTROPHE = Pattern.compile("(?<!')'(?!')");

  @Test
  void everyCodeHasItalianAndEnglishTitleMessageAndNextStep() {
    for (Locale language : LANGUAGES) {
      ResourceBundle bundle = bundle(language);
      for (CertificateError error : CertificateError.values()) {
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
        Arrays.stream(CertificateError.values())
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
    List<String> codes =
        Arrays.stream(CertificateError.values()).map(CertificateError::code).toList();

    assertThat(codes).doesNotHaveDuplicates().allMatch(code -> code.matches("CERT-\\d{3}"));
  }

  @Test
  void expiredCertificateSaysWhenInBothLanguages() {
    var italian =
        ErrorCatalogue.describe(
            CertificateError.CERTIFICATE_EXPIRED, Locale.ITALIAN, List.of("42", "2026-01-31"));
    var english =
        ErrorCatalogue.describe(
            CertificateError.CERTIFICATE_EXPIRED, Locale.ENGLISH, List.of("42", "2026-01-31"));

    assertThat(italian.code()).isEqualTo("CERT-005");
    assertThat(italian.message()).isEqualTo("Il certificato 42 è scaduto il 2026-01-31.");
    assertThat(english.message()).isEqualTo("Certificate 42 expired on 2026-01-31.");
    assertThat(
            ErrorCatalogue.describe(CertificateError.AUTHORISATION_USED, Locale.ITALIAN, List.of())
                .title())
        .isEqualTo("Autorizzazione già usata");
  }

  private static ResourceBundle bundle(Locale language) {
    return ErrorCatalogue.bundle(CertificateError.CERTIFICATE_NOT_FOUND.bundle(), language);
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

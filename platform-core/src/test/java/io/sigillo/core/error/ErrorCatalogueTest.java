package io.sigillo.core.error;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

class ErrorCatalogueTest {

  @Test
  void everyCodeHasItalianAndEnglishTitleMessageAndNextStep() {
    for (Locale locale : new Locale[] {Locale.ROOT, Locale.ENGLISH}) {
      ResourceBundle bundle = ErrorCatalogue.bundle(PlatformError.INTERNAL.bundle(), locale);
      for (PlatformError code : PlatformError.values()) {
        for (String part : new String[] {"title", "message", "next"}) {
          assertThat(bundle.containsKey(code.name() + "." + part))
              .as("%s.%s in %s", code, part, locale)
              .isTrue();
        }
      }
    }
  }

  @Test
  void italianIsTheDefaultAndEnglishIsOnRequest() {
    var it =
        ErrorCatalogue.describe(PlatformError.UNKNOWN_PORTAL, Locale.GERMAN, List.of("x.example"));
    var en =
        ErrorCatalogue.describe(PlatformError.UNKNOWN_PORTAL, Locale.ENGLISH, List.of("x.example"));
    assertThat(it.title()).isEqualTo("Portale sconosciuto");
    assertThat(it.message()).contains("x.example");
    assertThat(en.title()).isEqualTo("Unknown portal");
    assertThat(en.code()).isEqualTo("SIG-002");
  }

  @Test
  void apostrophesInItalianSurviveMessageFormatting() {
    var text = ErrorCatalogue.describe(PlatformError.INTERNAL, Locale.ITALIAN, List.of());
    assertThat(text.message())
        .isEqualTo("Non siamo riusciti a completare l'operazione. Nessun dato è andato perso.");
  }

  @Test
  void thePlatformsCodesCarryItsPrefixAmongTheDocumentedOnes() {
    assertThat(ErrorCode.PREFIXES)
        .containsExactlyInAnyOrder("SIG", "OTP", "IDN", "SIGN", "CERT", "TEN", "RES");
    for (PlatformError code : PlatformError.values()) {
      assertThat(code.code()).as(code.name()).matches("SIG-\\d{3}");
    }
  }

  @Test
  void codesAreUnique() {
    assertThat(List.of(PlatformError.values()).stream().map(PlatformError::code).distinct().count())
        .isEqualTo(PlatformError.values().length);
  }
}

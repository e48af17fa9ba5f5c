package io.sigillo.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.sigillo.core.error.ErrorCatalogue;
import io.sigillo.core.error.ErrorCode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The one catalogue of user-visible errors, assembled from every module's enum: codes are unique
 * across modules, and every code has an Italian and an English title, message and next step.
 */
class ErrorCatalogueTest {

  static List<ErrorCode> allCodes() {
    List<ErrorCode> codes = new ArrayList<>();
    for (JavaClass type :
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.sigillo")) {
      if (type.isEnum() && type.isAssignableTo(ErrorCode.class)) {
        codes.addAll(Arrays.asList((ErrorCode[]) type.reflect().getEnumConstants()));
      }
    }
    return codes;
  }

  @Test
  void everyModuleContributesCodesAndNoCodeIsUsedTwice() {
    List<ErrorCode> codes = allCodes();
    Map<String, Set<Class<?>>> cataloguesOfPrefix = new HashMap<>();
    Set<String> seen = new HashSet<>();
    for (ErrorCode code : codes) {
      assertThat(seen.add(code.code())).as("duplicate error code %s", code.code()).isTrue();
      assertThat(code.code()).as(code.name()).matches("[A-Z]+-\\d{3}");
      String prefix = code.code().substring(0, code.code().indexOf('-'));
      assertThat(ErrorCode.PREFIXES).as("undocumented prefix of %s", code.code()).contains(prefix);
      cataloguesOfPrefix
          .computeIfAbsent(prefix, p -> new HashSet<>())
          .add(((Enum<?>) code).getDeclaringClass());
    }
    assertThat(cataloguesOfPrefix).containsKeys("SIG", "OTP", "IDN", "SIGN", "CERT", "TEN", "RES");
    cataloguesOfPrefix.forEach(
        (prefix, catalogues) ->
            assertThat(catalogues.size())
                .as("%s in one catalogue only (SIG: the platform's and the web edge's)", prefix)
                .isEqualTo(prefix.equals("SIG") ? 2 : 1));
  }

  @Test
  void everyCodeHasATitleAMessageAndANextStepInItalianAndEnglish() {
    for (ErrorCode code : allCodes()) {
      for (Locale locale : new Locale[] {Locale.ITALIAN, Locale.ENGLISH}) {
        var bundle = ErrorCatalogue.bundle(code.bundle(), locale);
        for (String part : new String[] {"title", "message", "next"}) {
          assertThat(bundle.containsKey(code.name() + "." + part))
              .as("%s %s.%s (%s)", code.code(), code.name(), part, locale)
              .isTrue();
        }
      }
      var italian = ErrorCatalogue.describe(code, Locale.ITALIAN, List.of("x", "y", "z", "w"));
      var english = ErrorCatalogue.describe(code, Locale.ENGLISH, List.of("x", "y", "z", "w"));
      assertThat(italian.title()).as(code.code()).isNotBlank().isNotEqualTo(english.title());
    }
  }
}

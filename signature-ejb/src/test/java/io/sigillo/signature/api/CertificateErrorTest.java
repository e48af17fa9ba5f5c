package io.sigillo.signature.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.sigillo.core.error.ErrorCatalogue;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The texts of particular certificate codes as people read them (catalogue rules: {@link
 * ErrorCataloguesTest}).
 */
class CertificateErrorTest {
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
}

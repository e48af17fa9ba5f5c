package io.sigillo.signature.application.certificate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sigillo.core.error.SigilloException;
import io.sigillo.signature.api.CertificateError;
import io.sigillo.signature.api.CertificateRequest;
import io.sigillo.signature.infrastructure.pki.HolderIdentity;
import org.junit.jupiter.api.Test;

class RequestRulesTest {

  @Test
  void namesAreUpperCasedTaxCodeNormalisedAndEmailOptional() {
    HolderIdentity identity =
        RequestRules.identity(
            new CertificateRequest(1, " Anna Maria ", "D'Angelo", "dngnmr80a41f205x ", " ", 365));

    assertThat(identity.givenName()).isEqualTo("ANNA MARIA");
    assertThat(identity.surname()).isEqualTo("D'ANGELO");
    assertThat(identity.codiceFiscale()).isEqualTo("DNGNMR80A41F205X");
    assertThat(identity.email()).isNull();
  }

  @Test
  void eachBadFieldIsNamed() {
    assertField(new CertificateRequest(0, "A", "B", "DNGNMR80A41F205X", null, 1), "holderId");
    assertField(new CertificateRequest(1, "", "B", "DNGNMR80A41F205X", null, 1), "givenName");
    assertField(
        new CertificateRequest(1, "A", "B<script>", "DNGNMR80A41F205X", null, 1), "surname");
    assertField(new CertificateRequest(1, "A", "B", "DNGNMR80A41F2", null, 1), "codiceFiscale");
    assertField(new CertificateRequest(1, "A", "B", "DNGNMR80A41F205X", "no-at", 1), "email");
    assertField(new CertificateRequest(1, "A", "B", "DNGNMR80A41F205X", null, 0), "validityDays");
    assertField(
        new CertificateRequest(1, "A", "B", "DNGNMR80A41F205X", null, 1186), "validityDays");
  }

  private static void assertField(CertificateRequest request, String field) {
    assertThatThrownBy(() -> RequestRules.identity(request))
        .isInstanceOfSatisfying(
            SigilloException.class,
            e -> {
              assertThat(e.code()).isEqualTo(CertificateError.REQUEST_INVALID);
              assertThat(e.arguments().get(0)).isEqualTo(field);
            });
  }
}

package io.sigillo.otp.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sigillo.core.error.SigilloException;
import io.sigillo.otp.api.OtpError;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class KeyUriTest {

  private final OtpSecret secret =
      OtpSecret.of("12345678901234567890".getBytes(StandardCharsets.US_ASCII));

  @Test
  void totpUriFollowsTheKeyUriFormatWithIssuerAsPrefixAndParameter() {
    KeyUri uri = KeyUri.totp("Acme Firma", "mario.rossi", secret, OtpParameters.defaults());

    assertThat(uri.value())
        .isEqualTo(
            "otpauth://totp/Acme%20Firma:mario.rossi"
                + "?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"
                + "&issuer=Acme%20Firma&algorithm=SHA1&digits=6&period=30");
  }

  @Test
  void hotpUriCarriesTheCounterAndNonDefaultParameters() {
    KeyUri uri =
        KeyUri.hotp(
            "Acme",
            "anna",
            secret,
            new OtpParameters(OtpAlgorithm.SHA256, 8, Duration.ofSeconds(60)),
            7);

    assertThat(uri.value())
        .startsWith("otpauth://hotp/Acme:anna?secret=")
        .endsWith("&issuer=Acme&algorithm=SHA256&digits=8&counter=7")
        .doesNotContain("period");
  }

  @Test
  void accentsSpacesAndReservedCharactersArePercentEncodedAsUtf8() {
    KeyUri uri =
        KeyUri.totp(
            "Società & Figli", "n.d'amico+test@example.it", secret, OtpParameters.defaults());

    assertThat(uri.value())
        .startsWith(
            "otpauth://totp/Societ%C3%A0%20%26%20Figli:n.d%27amico%2Btest%40example.it?secret=")
        .contains("&issuer=Societ%C3%A0%20%26%20Figli&");
    URI parsed = URI.create(uri.value());
    assertThat(parsed.getScheme()).isEqualTo("otpauth");
    assertThat(parsed.getPath()).isEqualTo("/Società & Figli:n.d'amico+test@example.it");
  }

  @Test
  void aColonOrAnEmptyNameIsRefused() {
    for (String[] names : new String[][] {{"Acme:Srl", "anna"}, {"Acme", "a:b"}, {" ", "anna"}}) {
      assertThatThrownBy(() -> KeyUri.totp(names[0], names[1], secret, OtpParameters.defaults()))
          .isInstanceOfSatisfying(
              SigilloException.class,
              e -> assertThat(e.code()).isEqualTo(OtpError.ENROLMENT_LABEL_INVALID));
    }
  }

  @Test
  void theSecretNeverAppearsInToString() {
    Enrolment enrolment =
        Enrolment.totp(new SecureRandom(), "Acme", "anna", OtpParameters.defaults());
    String base32 = Base32.encode(enrolment.secret().bytes());

    assertThat(enrolment.keyUri().value()).contains("secret=" + base32);
    assertThat(enrolment.keyUri().toString()).doesNotContain(base32);
    assertThat(enrolment.toString()).doesNotContain(base32);
    assertThat(enrolment.secret().length()).isEqualTo(20);
  }
}

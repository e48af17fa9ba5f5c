package io.sigillo.otp.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.sigillo.otp.api.ValidationStatus;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Codes computed by an independent implementation, Debian's {@code oathtool} (OATH Toolkit), are
 * accepted or refused exactly as the windows say. The tool is a required part of the test setup
 * ({@code apt-get install -y oathtool}); without it this test fails rather than silently skipping,
 * so a build that has not checked interoperability cannot pass.
 */
class OathtoolInteropTest {

  private static final Instant NOW = Instant.parse("2026-03-02T10:15:10Z");
  private static final Duration STEP = Duration.ofSeconds(30);

  private static Path oathtool;

  @BeforeAll
  static void locateOathtool() {
    oathtool =
        Arrays.stream(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
            .map(dir -> Path.of(dir, "oathtool"))
            .filter(Files::isExecutable)
            .findFirst()
            .orElse(null);
    if (oathtool == null) {
      fail(
          "oathtool is not installed but this test needs it as an independent OTP implementation:"
              + " run 'apt-get install -y oathtool' (the CI script .ci/run must install it)");
    }
  }

  private static List<String> oathtool(String... arguments) {
    List<String> command = new ArrayList<>();
    command.add(oathtool.toString());
    command.addAll(List.of(arguments));
    try {
      Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
      String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(process.waitFor(10, TimeUnit.SECONDS)).isTrue();
      assertThat(process.exitValue()).as("oathtool said: %s", output).isZero();
      return output.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
    } catch (IOException e) {
      throw new AssertionError("oathtool could not be run", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted while running oathtool", e);
    }
  }

  private static String totpAt(OtpSecret secret, String mode, int digits, Instant at) {
    return oathtool(
            "--totp=" + mode,
            "--digits=" + digits,
            "--now=@" + at.getEpochSecond(),
            HexFormat.of().formatHex(secret.bytes()))
        .get(0);
  }

  @Test
  void hotpCodesAreAcceptedUpToTheLookAheadAndNotBeyond() {
    OtpSecret secret = TestSecrets.FIXED;
    OtpParameters parameters = OtpParameters.defaults();
    HotpVerifier verifier = new HotpVerifier(parameters, 10);
    HotpState state = HotpState.expecting(100);
    List<String> codes =
        oathtool(
            "--hotp", "--counter=100", "--window=11", HexFormat.of().formatHex(secret.bytes()));
    assertThat(codes).hasSize(12);

    for (int skipped = 0; skipped <= 10; skipped++) {
      assertThat(verifier.verify(secret, state, PresentedCode.parse(codes.get(skipped), 6)))
          .as("token pressed %d extra times", skipped)
          .isEqualTo(new Verification.Accepted(100 + skipped, 0, new WindowUse(skipped, 10)));
    }
    assertThat(verifier.verify(secret, state, PresentedCode.parse(codes.get(11), 6)).status())
        .isEqualTo(ValidationStatus.REJECTED);
  }

  @Test
  void aTokenPressed500TimesIsResynchronisedFromOathtoolCodes() {
    OtpSecret secret = TestSecrets.FIXED;
    List<String> codes =
        oathtool("--hotp", "--counter=600", "--window=1", HexFormat.of().formatHex(secret.bytes()));

    Resync result =
        new ResyncSearch(OtpParameters.defaults(), ResyncPolicy.defaults())
            .hotp(
                secret,
                HotpState.expecting(100),
                codes.stream().map(c -> PresentedCode.parse(c, 6)).toList());

    assertThat(result).isEqualTo(new Resync.Found(601, 0, 500));
  }

  @Test
  void totpCodesAreAcceptedOneStepEitherSideAndExplainedAsDriftBeyond() {
    OtpSecret secret = TestSecrets.FIXED;
    OtpParameters parameters = OtpParameters.defaults();
    TotpVerifier verifier =
        new TotpVerifier(parameters, new TotpRules(1, 2, Duration.ofMinutes(10)));
    long current = parameters.stepAt(NOW);

    for (int steps = -1; steps <= 1; steps++) {
      String code = totpAt(secret, "sha1", 6, NOW.plus(STEP.multipliedBy(steps)));
      assertThat(verifier.verify(secret, TotpState.enrolled(), PresentedCode.parse(code, 6), NOW))
          .as("device %d steps off", steps)
          .isEqualTo(new Verification.Accepted(current + steps, steps, new WindowUse(steps, 3)));
    }
    for (int steps : new int[] {-2, 2}) {
      String code = totpAt(secret, "sha1", 6, NOW.plus(STEP.multipliedBy(steps)));
      assertThat(verifier.verify(secret, TotpState.enrolled(), PresentedCode.parse(code, 6), NOW))
          .as("device %d steps off", steps)
          .isInstanceOf(Verification.ClockDrift.class);
    }

    String fourMinutesAhead = totpAt(secret, "sha1", 6, NOW.plus(Duration.ofMinutes(4)));
    Verification drift =
        verifier.verify(
            secret, TotpState.enrolled(), PresentedCode.parse(fourMinutesAhead, 6), NOW);
    assertThat(drift.status()).isEqualTo(ValidationStatus.CLOCK_DRIFT);
    assertThat(((Verification.ClockDrift) drift).offset().render()).isEqualTo("+4 min");
  }

  @Test
  void sha256AndSha512EightDigitCodesAgree() {
    for (OtpAlgorithm algorithm : new OtpAlgorithm[] {OtpAlgorithm.SHA256, OtpAlgorithm.SHA512}) {
      OtpSecret secret = OtpSecret.of(RfcVectorsTest.rfc6238Seed(algorithm));
      OtpParameters parameters = OtpParameters.of(algorithm, 8);
      TotpVerifier verifier =
          new TotpVerifier(parameters, new TotpRules(1, 2, Duration.ofMinutes(10)));
      String code = totpAt(secret, algorithm.name().toLowerCase(), 8, NOW.plus(STEP));

      assertThat(verifier.verify(secret, TotpState.enrolled(), PresentedCode.parse(code, 8), NOW))
          .as("%s", algorithm)
          .isInstanceOf(Verification.Accepted.class);
    }
  }

  @Test
  void theBase32SecretOfAKeyUriIsTheSecretOathtoolDecodes() {
    OtpSecret secret = TestSecrets.FIXED;
    String fromBase32 =
        oathtool(
                "--base32",
                "--totp",
                "--now=@" + NOW.getEpochSecond(),
                Base32.encode(secret.bytes()))
            .get(0);

    assertThat(fromBase32).isEqualTo(new OtpGenerator(secret, OtpParameters.defaults()).totp(NOW));
  }

  @Test
  void anAppEnrolledUnderSha256EightDigitsAndSixtySecondsGetsAUriWhoseSecretOathtoolUsesAlike() {
    for (OtpAlgorithm algorithm : new OtpAlgorithm[] {OtpAlgorithm.SHA256, OtpAlgorithm.SHA512}) {
      OtpParameters parameters = new OtpParameters(algorithm, 8, Duration.ofSeconds(60));
      Enrolment enrolment =
          Enrolment.totp(new java.security.SecureRandom(), "Alpha", "anna.neri", parameters);
      String uri = enrolment.keyUri().value();
      assertThat(uri)
          .contains("algorithm=" + algorithm.name(), "&digits=8", "&period=60")
          .startsWith("otpauth://totp/Alpha:anna.neri?secret=");
      String base32 = uri.replaceAll(".*secret=([A-Z2-7]+).*", "$1");
      String code =
          oathtool(
                  "--totp=" + algorithm.name().toLowerCase(),
                  "-d",
                  "8",
                  "--time-step-size=60s",
                  "--now=@" + NOW.getEpochSecond(),
                  "--base32",
                  base32)
              .get(0);
      TotpVerifier verifier =
          new TotpVerifier(parameters, new TotpRules(1, 2, Duration.ofMinutes(10)));

      assertThat(
              verifier.verify(
                  enrolment.secret(), TotpState.enrolled(), PresentedCode.parse(code, 8), NOW))
          .as("%s", algorithm)
          .isInstanceOf(Verification.Accepted.class);
      Verification.Accepted accepted =
          (Verification.Accepted)
              verifier.verify(
                  enrolment.secret(), TotpState.enrolled(), PresentedCode.parse(code, 8), NOW);
      assertThat(accepted.movingFactor()).isEqualTo(NOW.getEpochSecond() / 60);
    }
  }
}

package io.sigillo.otp.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class OtpCalculatorTest {

  @ParameterizedTest
  @EnumSource(OtpAlgorithm.class)
  void scanningCalculatorAgreesWithJavaOtpForEveryCounterDigitsAndAlgorithm(
      OtpAlgorithm algorithm) {
    SecureRandom random = new SecureRandom();
    for (int digits : new int[] {6, 8}) {
      OtpSecret secret = OtpSecret.generate(random);
      OtpParameters parameters = OtpParameters.of(algorithm, digits);
      OtpGenerator reference = new OtpGenerator(secret, parameters);
      OtpCalculator calculator = new OtpCalculator(secret, parameters);
      long start = random.nextInt(1 << 30);
      for (long counter = start; counter < start + 2_000; counter++) {
        String code = reference.hotp(counter);
        assertThat(calculator.matches(counter, PresentedCode.parse(code, digits)))
            .as("%s %d digits counter %d", algorithm, digits, counter)
            .isTrue();
        assertThat(calculator.code(counter)).isEqualTo(Integer.parseInt(code));
      }
    }
  }

  @ParameterizedTest
  @EnumSource(OtpAlgorithm.class)
  void aCodeDifferingInAnyOneDigitDoesNotMatch(OtpAlgorithm algorithm) {
    OtpSecret secret = OtpSecret.generate(new SecureRandom());
    OtpParameters parameters = OtpParameters.of(algorithm, 6);
    String code = new OtpGenerator(secret, parameters).hotp(7);
    OtpCalculator calculator = new OtpCalculator(secret, parameters);
    for (int position = 0; position < code.length(); position++) {
      char other = code.charAt(position) == '9' ? '0' : (char) (code.charAt(position) + 1);
      String altered = code.substring(0, position) + other + code.substring(position + 1);
      assertThat(calculator.matches(7, PresentedCode.parse(altered, 6))).as(altered).isFalse();
    }
  }

  @ParameterizedTest
  @EnumSource(OtpAlgorithm.class)
  void twoCalculatorsUsedAlternatelyOnOneThreadEachComputeTheirOwnDevicesCodes(
      OtpAlgorithm algorithm) {
    SecureRandom random = new SecureRandom();
    OtpParameters parameters = OtpParameters.of(algorithm, 6);
    OtpSecret first = OtpSecret.generate(random);
    OtpSecret second = OtpSecret.generate(random);
    OtpCalculator one = new OtpCalculator(first, parameters);
    OtpCalculator two = new OtpCalculator(second, parameters);
    OtpGenerator firstDevice = new OtpGenerator(first, parameters);
    OtpGenerator secondDevice = new OtpGenerator(second, parameters);
    for (long counter = 0; counter < 50; counter++) {
      assertThat(one.code(counter)).isEqualTo(Integer.parseInt(firstDevice.hotp(counter)));
      assertThat(two.code(counter)).isEqualTo(Integer.parseInt(secondDevice.hotp(counter)));
    }
  }

  @ParameterizedTest
  @EnumSource(OtpAlgorithm.class)
  void aSecretLongerThanTheHashBlockIsHashedFirstAsHmacRequires(OtpAlgorithm algorithm) {
    byte[] bytes = new byte[128];
    new SecureRandom().nextBytes(bytes);
    OtpSecret secret = OtpSecret.of(bytes);
    OtpParameters parameters = OtpParameters.of(algorithm, 8);
    OtpGenerator reference = new OtpGenerator(secret, parameters);
    OtpCalculator calculator = new OtpCalculator(secret, parameters);
    for (long counter = 0; counter < 20; counter++) {
      assertThat(calculator.code(counter)).isEqualTo(Integer.parseInt(reference.hotp(counter)));
    }
  }
}

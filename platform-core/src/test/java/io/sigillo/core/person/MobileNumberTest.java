package io.sigillo.core.person;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MobileNumberTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "347 123 4567",
        "3471234567",
        "347-123-4567",
        "347.123.4567",
        "(347) 1234567",
        "0039 347 123 4567",
        "00393471234567",
        "+39 347 123 4567",
        "+39 347-1234567",
        "+393471234567",
        " +39 347 1234567 "
      })
  void aMobileTypedAsItaliansTypeItIsOneNumber(String typed) {
    assertThat(MobileNumber.e164(typed)).contains("+393471234567");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "347 123",
        "347 123 4567 8901 2345",
        "06 1234 5678",
        "+39 06 1234 5678",
        "numero",
        "+999 1234567"
      })
  void whatIsNotAMobileNumberHasNoNormalForm(String typed) {
    assertThat(MobileNumber.e164(typed)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"+44 7400 123456", "+49 151 23456789"})
  void aForeignMobileWithItsCountryIsKept(String typed) {
    assertThat(MobileNumber.e164(typed)).isPresent().get().asString().startsWith("+");
  }
}

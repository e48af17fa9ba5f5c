package io.sigillo.reseller.notification.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SmsLengthTest {

  @Test
  void gsmTextFits160InOneMessageAnd153InEachPartAfter() {
    assertEquals(1, SmsLength.segments("a".repeat(160)));
    assertEquals(2, SmsLength.segments("a".repeat(161)));
    assertEquals(2, SmsLength.segments("a".repeat(306)));
    assertEquals(3, SmsLength.segments("a".repeat(307)));
  }

  @Test
  void italianAccentsOfTheGsmAlphabetKeepItButOthersMakeItUcs2() {
    assertEquals(1, SmsLength.segments("è à ù ì ò é".repeat(14)));
    // "ó" is not in the GSM alphabet: 70 characters alone, 67 per part
    assertEquals(1, SmsLength.segments("ó".repeat(70)));
    assertEquals(2, SmsLength.segments("ó".repeat(71)));
  }

  @Test
  void theEuroSignCountsTwice() {
    assertEquals(2, SmsLength.length("€"));
    assertEquals(2, SmsLength.segments("€".repeat(81)));
  }
}

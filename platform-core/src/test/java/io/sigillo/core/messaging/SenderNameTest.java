package io.sigillo.core.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SenderNameTest {

  @Test
  void aDisplayNameBecomesAtMostElevenPlainCharacters() {
    assertThat(SenderName.alphanumeric("Alpha Fiduciaria")).contains("Alpha Fiduc");
    assertThat(SenderName.alphanumeric("Società Più")).contains("Societa Piu");
    assertThat(SenderName.alphanumeric("  A & B  S.r.l. ")).contains("A B Srl");
    assertThat(SenderName.alphanumeric("Beta Servizi Digitali")).contains("Beta Serviz");
  }

  @Test
  void aNameWithNothingUsableGivesNoSender() {
    assertThat(SenderName.alphanumeric("—★—")).isEmpty();
    assertThat(SenderName.alphanumeric(null)).isEmpty();
  }
}

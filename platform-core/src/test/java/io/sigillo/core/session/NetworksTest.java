package io.sigillo.core.session;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NetworksTest {

  @Test
  void anIpv4AddressLosesItsLastPart() {
    assertThat(Networks.approximate("93.41.7.212")).isEqualTo("93.41.7.0/24");
  }

  @Test
  void anIpv6AddressKeepsItsFirst48Bits() {
    assertThat(Networks.approximate("2001:db8:85a3:8d3:1319:8a2e:370:7348"))
        .isEqualTo("2001:db8:85a3::/48");
  }

  @Test
  void nothingReadableIsAQuestionMark() {
    assertThat(Networks.approximate(null)).isEqualTo("?");
    assertThat(Networks.approximate("localhost")).isEqualTo("?");
  }
}

package io.sigillo.core.session;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NetworksTest {

  @Test
  void anIpv4AddressLosesItsLastPart() {
    assertThat(Networks.approximate("93.41.7.212")).isEqualTo("93.41.7.0/24");
    assertThat(Networks.approximate("203.0.113.7")).isEqualTo("203.0.113.0/24");
  }

  @Test
  void anIpv6AddressKeepsItsFirst48Bits() {
    assertThat(Networks.approximate("2001:db8:85a3:8d3:1319:8a2e:370:7348"))
        .isEqualTo("2001:db8:85a3::/48");
  }

  @Test
  void anIpv6NetworkIsWrittenInTheUsualCompressedForm() {
    // as servlet containers hand it over: every group, leading zeros, upper case
    assertThat(Networks.approximate("2001:0DB8:0001:0000:0000:0000:0000:0042"))
        .isEqualTo("2001:db8:1::/48");
    assertThat(Networks.approximate("2001:db8:1::42")).isEqualTo("2001:db8:1::/48");
    assertThat(Networks.approximate("2001:db8::1")).isEqualTo("2001:db8::/48");
    assertThat(Networks.approximate("2a01:4f8:0:a0::7")).isEqualTo("2a01:4f8::/48");
    assertThat(Networks.approximate("[2001:db8:1:2::3]")).isEqualTo("2001:db8:1::/48");
    assertThat(Networks.approximate("fe80::1%eth0")).isEqualTo("fe80::/48");
  }

  @Test
  void theLoopbackIsShownAsItIsNotAsANetworkOfZeros() {
    assertThat(Networks.approximate("0:0:0:0:0:0:0:1")).isEqualTo("::1");
    assertThat(Networks.approximate("::1")).isEqualTo("::1");
    assertThat(Networks.approximate("127.0.0.1")).isEqualTo("127.0.0.0/24");
  }

  @Test
  void anIpv4AddressInIpv6ClothesIsShownAsIpv4() {
    assertThat(Networks.approximate("::ffff:203.0.113.7")).isEqualTo("203.0.113.0/24");
    assertThat(Networks.approximate("0:0:0:0:0:ffff:cb00:7107")).isEqualTo("203.0.113.0/24");
  }

  @Test
  void aNetworkStoredByAnEarlierVersionIsShownTheUsualWay() {
    assertThat(Networks.shown("2001:0DB8:0001::/48")).isEqualTo("2001:db8:1::/48");
    assertThat(Networks.shown("0:0:0::/48")).isEqualTo("::/48");
    assertThat(Networks.shown("2001:db8:1::/48")).isEqualTo("2001:db8:1::/48");
    assertThat(Networks.shown("203.0.113.0/24")).isEqualTo("203.0.113.0/24");
    assertThat(Networks.shown("?")).isEqualTo("?");
    assertThat(
            SignIn.parse("level=1;device=COMPUTER;client=Firefox · Linux;network=0:0:0::/48")
                .orElseThrow()
                .network())
        .isEqualTo("::/48");
  }

  @Test
  void nothingReadableIsAQuestionMark() {
    assertThat(Networks.approximate(null)).isEqualTo("?");
    assertThat(Networks.approximate("localhost")).isEqualTo("?");
    assertThat(Networks.approximate("2001:db8:::1")).isEqualTo("?");
    assertThat(Networks.approximate("1:2:3:4:5:6:7:8:9")).isEqualTo("?");
    assertThat(Networks.approximate("300.1.2.3")).isEqualTo("?");
    assertThat(Networks.approximate("12345::")).isEqualTo("?");
  }
}

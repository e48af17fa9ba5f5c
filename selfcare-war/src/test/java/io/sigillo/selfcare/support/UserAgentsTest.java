package io.sigillo.selfcare.support;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UserAgentsTest {

  @Test
  void recognisesTheCommonDesktopBrowsers() {
    String edge =
        "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko)"
            + " Chrome/131.0.0.0 Safari/537.36 Edg/131.0.2903.86";
    assertThat(UserAgents.os(edge)).isEqualTo("Windows 10/11");
    assertThat(UserAgents.browser(edge)).isEqualTo("Edge 131");
    String safari =
        "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko)"
            + " Version/17.6 Safari/605.1.15";
    assertThat(UserAgents.os(safari)).isEqualTo("macOS 10.15");
    assertThat(UserAgents.browser(safari)).isEqualTo("Safari 17");
    String firefox = "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0";
    assertThat(UserAgents.os(firefox)).isEqualTo("Linux");
    assertThat(UserAgents.browser(firefox)).isEqualTo("Firefox 133");
  }

  @Test
  void recognisesPhonesBeforeTheDesktopWordsTheyAlsoContain() {
    String android =
        "Mozilla/5.0 (Linux; Android 14; SM-S918B) AppleWebKit/537.36 (KHTML, like Gecko)"
            + " SamsungBrowser/25.0 Chrome/121.0.0.0 Mobile Safari/537.36";
    assertThat(UserAgents.os(android)).isEqualTo("Android 14");
    assertThat(UserAgents.browser(android)).isEqualTo("Samsung Internet 25");
    String iphone =
        "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like"
            + " Gecko) Version/17.5 Mobile/15E148 Safari/604.1";
    assertThat(UserAgents.os(iphone)).isEqualTo("iOS 17");
    assertThat(UserAgents.browser(iphone)).isEqualTo("Safari 17");
  }

  @Test
  void anUnknownOrMissingHeaderIsAQuestionMark() {
    assertThat(UserAgents.os(null)).isEqualTo("?");
    assertThat(UserAgents.browser("curl/8.5.0")).isEqualTo("?");
  }

  @Test
  void theKindOfDeviceIsAPhoneATabletOrAComputer() {
    assertThat(
            UserAgents.deviceType(
                "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko)"
                    + " Chrome/131.0.0.0 Mobile Safari/537.36"))
        .isEqualTo("PHONE");
    assertThat(
            UserAgents.deviceType(
                "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15"
                    + " (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1"))
        .isEqualTo("PHONE");
    assertThat(
            UserAgents.deviceType(
                "Mozilla/5.0 (iPad; CPU OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like"
                    + " Gecko) Version/17.0 Mobile/15E148 Safari/604.1"))
        .isEqualTo("TABLET");
    assertThat(
            UserAgents.deviceType(
                "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko)"
                    + " Chrome/131.0.0.0 Safari/537.36"))
        .isEqualTo("COMPUTER");
    assertThat(UserAgents.deviceType(null)).isEqualTo("COMPUTER");
  }
}

package io.sigillo.otp.domain;

import java.util.HexFormat;

/** Fixed secrets, so a chance collision between candidate codes cannot make a test flaky. */
final class TestSecrets {

  static final OtpSecret FIXED =
      OtpSecret.of(HexFormat.of().parseHex("8f4e1c2ab7d05e9163fa2c4b7e1d0a9c5b3f8e21"));

  private TestSecrets() {}
}

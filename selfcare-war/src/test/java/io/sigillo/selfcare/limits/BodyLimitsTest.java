package io.sigillo.selfcare.limits;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class BodyLimitsTest {

  private final BodyLimits limits =
      new BodyLimits(
          64 * 1024,
          512 * 1024,
          21_504 * 1024,
          List.of(BodyLimits.UPLOAD_PATHS.split(",")).stream().map(Pattern::compile).toList());

  @Test
  void jsonCallsFormsAndUploadsEachHaveTheirOwnLimit() {
    assertThat(limits.limitFor("/api/holder-data/check", "application/json")).isEqualTo(65_536);
    assertThat(limits.limitFor("/api/holder-data/check", null)).isEqualTo(65_536);
    assertThat(limits.limitFor("/support/new.xhtml", "application/x-www-form-urlencoded"))
        .isEqualTo(524_288);
    assertThat(limits.limitFor("/support/new.xhtml", "multipart/form-data; boundary=x"))
        .isEqualTo(21_504 * 1024);
    assertThat(limits.limitFor("/api/platform/tenants/alpha/logo", "image/png"))
        .isEqualTo(21_504 * 1024);
    assertThat(limits.limitFor("/api/signature/sign", "application/json")).isEqualTo(21_504 * 1024);
    assertThat(limits.limitFor("/api/platform/tenants/alpha", "application/json"))
        .isEqualTo(65_536);
  }
}

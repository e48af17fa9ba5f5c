package io.sigillo.selfcare.tenant;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CurrentTenantTest {

  @Test
  void textOnABrandColourIsWhateverContrastsMore() {
    assertThat(CurrentTenant.readableOn("#0b5394")).isEqualTo("#ffffff");
    assertThat(CurrentTenant.readableOn("#e69138")).isEqualTo("#000000");
    assertThat(CurrentTenant.readableOn("#ffffff")).isEqualTo("#000000");
    assertThat(CurrentTenant.readableOn("#000000")).isEqualTo("#ffffff");
  }
}

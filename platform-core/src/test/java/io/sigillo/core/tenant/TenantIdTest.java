package io.sigillo.core.tenant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sigillo.core.error.PlatformError;
import io.sigillo.core.error.SigilloException;
import org.junit.jupiter.api.Test;

class TenantIdTest {

  @Test
  void slugsThatCanBeUsedInHostNamesAreAccepted() {
    assertThat(TenantId.of("alpha").value()).isEqualTo("alpha");
    assertThat(TenantId.of("rivenditore-2").value()).isEqualTo("rivenditore-2");
  }

  @Test
  void slugsWithUppercaseSpacesOrPunctuationAreRefused() {
    for (String bad : new String[] {"Alpha", "a", "1alpha", "al pha", "alpha.it", "", null}) {
      assertThatThrownBy(() -> TenantId.of(bad)).isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Test
  void aCallWithoutTenantIsRefusedBeforeTouchingTheDatabase() {
    assertThatThrownBy(() -> TenantBindingInterceptor.tenantOf(new Object[] {"x", 1}))
        .isInstanceOfSatisfying(
            SigilloException.class,
            e -> assertThat(e.code()).isEqualTo(PlatformError.TENANT_REQUIRED));
  }

  @Test
  void aCallMixingTwoTenantsIsRefused() {
    Object[] args = {TenantId.of("alpha"), TenantId.of("beta")};
    assertThatThrownBy(() -> TenantBindingInterceptor.tenantOf(args))
        .isInstanceOfSatisfying(
            SigilloException.class,
            e -> assertThat(e.code()).isEqualTo(PlatformError.TENANT_MISMATCH));
  }

  @Test
  void theTenantArgumentIsFoundWhereverItStands() {
    Object[] args = {"device-1", TenantId.of("beta"), 42};
    assertThat(TenantBindingInterceptor.tenantOf(args)).isEqualTo(TenantId.of("beta"));
  }
}

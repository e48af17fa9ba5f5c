package io.sigillo.otp.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sigillo.otp.api.DeviceStatus;
import io.sigillo.otp.api.Purpose;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class OtpDeviceTest {

  private static final Instant NOW = Instant.parse("2026-03-02T10:15:10Z");

  @Test
  void anAppStaysPendingUntilItsFirstCodeIsAccepted() {
    OtpDevice device = OtpDevice.enrolTotp("anna", OtpParameters.defaults(), NOW);
    assertThat(device.status()).isEqualTo(DeviceStatus.PENDING);
    assertThat(device.totpState()).isEqualTo(TotpState.enrolled());

    device.confirm(new Verification.Accepted(100, 1, new WindowUse(1, 3)), NOW);

    assertThat(device.status()).isEqualTo(DeviceStatus.ACTIVE);
    assertThat(device.totpState()).isEqualTo(new TotpState(100, 0, 1));
    assertThat(device.lastWindowUse()).contains(new WindowUse(1, 3));
    assertThatThrownBy(
            () -> device.confirm(new Verification.Accepted(101, 0, new WindowUse(0, 3)), NOW))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void theReplayFloorNeverMovesBackOrStandsStill() {
    OtpDevice device = OtpDevice.enrolHotp("anna", "T-1", OtpParameters.defaults(), 10, NOW);
    device.accept(new Verification.Accepted(12, 0, new WindowUse(2, 10)), Purpose.LOGIN);

    assertThatThrownBy(
            () ->
                device.accept(new Verification.Accepted(12, 0, new WindowUse(0, 10)), Purpose.SIGN))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> device.resynchronise(new Resync.Found(11, 0, 0)))
        .isInstanceOf(IllegalStateException.class);
    assertThat(device.hotpState()).isEqualTo(new HotpState(12));
  }

  @Test
  void failuresAreCountedPerPurposeAndClearedByUnlockAndResync() {
    OtpDevice device = OtpDevice.enrolHotp("anna", "T-1", OtpParameters.defaults(), 0, NOW);
    device.recordFailure(Purpose.SIGN, NOW);
    device.recordFailure(Purpose.SIGN, NOW);
    device.recordFailure(Purpose.LOGIN, NOW);
    device.lock(NOW);

    assertThat(device.failures(Purpose.SIGN).consecutive()).isEqualTo(2);
    assertThat(device.failures(Purpose.LOGIN).consecutive()).isEqualTo(1);
    assertThat(device.isLocked()).isTrue();

    device.unlock();
    assertThat(device.isLocked()).isFalse();
    assertThat(device.failures(Purpose.SIGN)).isEqualTo(FailureCount.NONE);

    device.recordFailure(Purpose.LOGIN, NOW);
    device.resynchronise(new Resync.Found(600, 0, 500));
    assertThat(device.failures(Purpose.LOGIN)).isEqualTo(FailureCount.NONE);
    assertThat(device.hotpState()).isEqualTo(new HotpState(600));
  }

  @Test
  void anAcceptedLoginDoesNotClearFailedSignatureAttempts() {
    OtpDevice device = OtpDevice.enrolHotp("anna", "T-1", OtpParameters.defaults(), 0, NOW);
    device.recordFailure(Purpose.SIGN, NOW);
    device.recordFailure(Purpose.LOGIN, NOW);

    device.accept(new Verification.Accepted(0, 0, new WindowUse(0, 10)), Purpose.LOGIN);

    assertThat(device.failures(Purpose.LOGIN)).isEqualTo(FailureCount.NONE);
    assertThat(device.failures(Purpose.SIGN).consecutive()).isEqualTo(1);
  }

  @Test
  void anOperatorDriftResetKeepsTheReplayFloor() {
    OtpDevice device = OtpDevice.enrolTotp("anna", OtpParameters.defaults(), NOW);
    device.resynchronise(new Resync.Found(500, 8, 8));
    device.accept(new Verification.Accepted(501, 2, new WindowUse(1, 3)), Purpose.LOGIN);

    device.resetDrift();

    // step 500 (the resynchronisation's) stays remembered as accepted below the floor
    assertThat(device.totpState()).isEqualTo(new TotpState(501, 0, 0, 1L));
    assertThat(device.totpState().accepted(500)).isTrue();
  }

  @Test
  void theSecretIsStoredAsGivenAndNeverPrinted() {
    OtpDevice device = OtpDevice.enrolTotp("anna", OtpParameters.defaults(), NOW);
    device.storeSecret("k1", new byte[] {1, 2, 3});

    assertThat(device.secretKeyId()).isEqualTo("k1");
    assertThat(device.secretData()).containsExactly(1, 2, 3);
    assertThat(device.toString()).doesNotContain("k1");
  }
}

package io.sigillo.otp.application;

import io.sigillo.core.error.SigilloException;
import io.sigillo.core.tenant.TenantId;
import io.sigillo.otp.api.DeviceStatus;
import io.sigillo.otp.api.DeviceType;
import io.sigillo.otp.api.OtpError;
import io.sigillo.otp.api.Purpose;
import io.sigillo.otp.api.SmsPurpose;
import io.sigillo.otp.domain.OtpDevice;
import io.sigillo.otp.domain.OtpPolicy;
import io.sigillo.otp.domain.OtpSecret;
import io.sigillo.otp.domain.PresentedCode;
import io.sigillo.otp.domain.Resync;
import io.sigillo.otp.domain.Verification;
import io.sigillo.otp.domain.WindowUse;
import io.sigillo.otp.domain.sms.SmsChallengeState;
import io.sigillo.otp.infrastructure.crypto.SmsCodeHasher;
import io.sigillo.otp.infrastructure.persistence.SmsCodeStore;
import io.sigillo.otp.infrastructure.persistence.SmsCodeStore.DeviceChallenge;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A mobile number as an OTP device (type {@code sms}): its codes are the SMS challenges sent for it
 * ({@link SmsChallenges}, the same codes, texts, lifetime and limits as the verification codes of
 * {@link SmsCodesBean}). A code is checked against the newest challenge sent for the device and the
 * purpose; a pending device is confirmed by the code sent when it was enrolled, which proves the
 * person has the phone. The device's failure counter and lockout apply as to any device, on top of
 * the challenge's own bounded attempts; its replay floor counts the codes used.
 */
@ApplicationScoped
public class SmsProvider implements DeviceProvider {

  /** An SMS code matches exactly or not at all: there is no window to use up. */
  private static final WindowUse EXACT = new WindowUse(0, 0);

  @Inject private SmsCodeStore store;
  @Inject private SmsCodeHasher hasher;

  @Override
  public DeviceType type() {
    return DeviceType.SMS;
  }

  /** The challenge purpose of a code for the device: confirming a new number, or a purpose's. */
  static SmsPurpose challengePurpose(OtpDevice device, Purpose purpose) {
    if (device.status() == DeviceStatus.PENDING) {
      return SmsPurpose.CONTACT_CHANGE;
    }
    return purpose == Purpose.SIGN ? SmsPurpose.SIGN : SmsPurpose.LOGIN;
  }

  @Override
  public Verification verify(
      TenantId tenant,
      OtpDevice device,
      Supplier<OtpSecret> secret,
      PresentedCode code,
      OtpPolicy policy,
      Purpose purpose,
      Instant now) {
    Optional<DeviceChallenge> latest =
        store.latestForDevice(tenant, device.id(), challengePurpose(device, purpose));
    if (latest.isEmpty()) {
      return new Verification.Rejected(Verification.Reason.NO_MATCH);
    }
    SmsChallengeState challenge = latest.get().state();
    boolean matches =
        hasher.matches(
            challenge.keyId(), tenant, latest.get().id(), code.digits(), challenge.codeHash());
    if (matches && challenge.status() == SmsChallengeState.Status.VERIFIED) {
      return new Verification.Rejected(Verification.Reason.REPLAYED);
    }
    if (matches && challenge.closed(now).isEmpty()) {
      return new Verification.Accepted(device.replayFloor() + 1, 0, EXACT);
    }
    return new Verification.Rejected(Verification.Reason.NO_MATCH);
  }

  /**
   * Uses the challenge up. The device row's conditional update already made this request the only
   * one accepting a code of this device; a challenge closed in between (it expired that instant)
   * undoes the acceptance.
   */
  @Override
  public void accepted(TenantId tenant, OtpDevice device, Purpose purpose, Instant now) {
    DeviceChallenge challenge =
        store
            .latestForDevice(tenant, device.id(), challengePurpose(device, purpose))
            .orElseThrow(() -> new SigilloException(OtpError.SMS_CODE_EXPIRED));
    if (!store.consume(tenant, challenge.id(), now)) {
      throw new SigilloException(OtpError.SMS_CODE_EXPIRED);
    }
  }

  /** Counts the wrong code against the open challenge too, which its last attempt exhausts. */
  @Override
  public void failed(TenantId tenant, OtpDevice device, Purpose purpose, Instant now) {
    store
        .latestForDevice(tenant, device.id(), challengePurpose(device, purpose))
        .ifPresent(challenge -> store.recordWrong(tenant, challenge.id(), now));
  }

  @Override
  public Resync resynchronise(
      OtpSecret secret,
      OtpDevice device,
      List<PresentedCode> codes,
      OtpPolicy policy,
      Instant now) {
    return new Resync.NotFound();
  }
}

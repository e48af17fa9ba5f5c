package io.sigillo.signature.application.holder;

import io.sigillo.core.audit.Actor;
import io.sigillo.core.error.SigilloException;
import io.sigillo.core.security.Roles;
import io.sigillo.core.tenant.TenantId;
import io.sigillo.core.text.Masking;
import io.sigillo.otp.api.ClaimResult;
import io.sigillo.otp.api.DeviceSummary;
import io.sigillo.otp.api.OtpError;
import io.sigillo.otp.api.OtpRegistry;
import io.sigillo.otp.api.SmsChallenge;
import io.sigillo.otp.api.SmsCodeRequest;
import io.sigillo.otp.api.SmsCodes;
import io.sigillo.otp.api.SmsPurpose;
import io.sigillo.otp.api.SmsVerification;
import io.sigillo.otp.api.TokenClaim;
import io.sigillo.signature.api.ContactKind;
import io.sigillo.signature.api.DeviceReplacementStarted;
import io.sigillo.signature.api.DeviceReplacements;
import io.sigillo.signature.api.HolderStatus;
import io.sigillo.signature.api.SignatureDeviceSummary;
import io.sigillo.signature.api.SignatureError;
import io.sigillo.signature.domain.holder.Holder;
import io.sigillo.signature.infrastructure.persistence.SignatureTenantBinding;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.Locale;

/**
 * The holder's replacement of the signature device. The password is checked before any code is
 * sent; the SMS challenge, of its own purpose and owner, carries that proof to the second step, as
 * an open contact change does. A new app's code is checked before the SMS code (a code of the app
 * costs nothing to redo, a used SMS code means a new SMS); a token is claimed only after the SMS
 * code, since a claim assigns it for good.
 */
@Stateless
@Interceptors(SignatureTenantBinding.class)
@DeclareRoles({Roles.USER, Roles.OPERATOR, Roles.PLATFORM_ADMIN, Roles.SERVICE, Roles.SYSTEM})
// the holder on their own signature device
@RolesAllowed({Roles.USER, Roles.SYSTEM})
public class DeviceReplacementsBean implements DeviceReplacements {

  @PersistenceContext(unitName = "sigillo-signature")
  private EntityManager em;

  @Inject private OtpRegistry registry;
  @Inject private SmsCodes smsCodes;
  @Inject private HolderAudit audit;
  @Inject private SignDevices signDevices;
  @EJB private Verifications verifications;
  @Inject private Clock clock;

  @Override
  public DeviceReplacementStarted start(
      TenantId tenant,
      String username,
      char[] password,
      Locale locale,
      String senderName,
      Actor actor) {
    try {
      Holder holder = withDevice(username);
      long id = holder.id();
      String mobile = holder.contact(ContactKind.MOBILE);
      em.clear();
      Require.password(verifications.password(tenant, id, password, actor));
      SmsChallenge challenge =
          smsCodes.send(
              tenant,
              new SmsCodeRequest(username, mobile, SmsPurpose.DEVICE_CHANGE, locale, senderName),
              actor);
      audit.record(
          tenant, actor, "signature.device.replacement-started", id, "SMS to the holder's mobile");
      return new DeviceReplacementStarted(
          challenge.challengeId(), Masking.mask(mobile), challenge.expiresAt());
    } finally {
      HoldersBean.wipe(password);
    }
  }

  @Override
  public SignatureDeviceSummary toApp(
      TenantId tenant,
      String username,
      String challengeId,
      String smsCode,
      long appId,
      String appCode,
      Actor actor) {
    Holder holder = withDevice(username);
    long current = holder.signDeviceId().orElseThrow();
    DeviceSummary app =
        registry.activeApps(tenant, username).stream()
            .filter(d -> d.id() == appId && d.id() != current)
            .findFirst()
            .orElseThrow(() -> new SigilloException(SignatureError.DEVICE_NOT_ELIGIBLE));
    em.clear();
    // the challenge was sent only after the signature password was checked
    Require.signOtp(
        verifications.signOtp(tenant, app.id(), appCode, HolderAudit.passwordChecked(actor)),
        app.type());
    requireSmsCode(verifications.deviceChangeCode(tenant, challengeId, smsCode, actor), username);
    return replace(tenant, username, app, actor);
  }

  @Override
  public SignatureDeviceSummary toToken(
      TenantId tenant,
      String username,
      String challengeId,
      String smsCode,
      String serial,
      List<String> codes,
      Actor actor) {
    withDevice(username);
    em.clear();
    requireSmsCode(verifications.deviceChangeCode(tenant, challengeId, smsCode, actor), username);
    ClaimResult claim =
        verifications.claimToken(
            tenant, new TokenClaim(username, serial == null ? "" : serial.strip(), codes), actor);
    long claimed = Require.tokenClaimed(claim);
    DeviceSummary token =
        registry
            .find(tenant, claimed)
            .orElseThrow(() -> new SigilloException(SignatureError.DEVICE_NOT_ELIGIBLE));
    return replace(tenant, username, token, actor);
  }

  /** The new device bound and the old one revoked, in this one transaction. */
  private SignatureDeviceSummary replace(
      TenantId tenant, String username, DeviceSummary device, Actor actor) {
    Holder holder = withDevice(username);
    DeviceSummary old = signDevices.current(tenant, holder);
    if (old.usable() && !old.app()) {
      // revoked while it is still the signature device, so the signature password is what allows
      // it; an app is left to the SPID login it also serves, it only stops authorising signatures
      registry.revoke(
          tenant,
          old.id(),
          "signature device replaced by " + device.id(),
          HolderAudit.passwordChecked(actor));
    }
    holder = withDevice(username);
    holder.bindDevice(device.id(), clock.instant());
    audit.record(
        tenant,
        actor,
        "signature.device.replaced",
        holder.id(),
        "signature device " + old.id() + " replaced by " + device.id());
    return new SignatureDeviceSummary(
        device.id(),
        device.type().id(),
        device.status().name(),
        device.serial(),
        device.locked(),
        device.signFailures());
  }

  private Holder withDevice(String username) {
    Holder holder =
        em.createNamedQuery("Holder.byUsername", Holder.class)
            .setParameter("username", username)
            .getResultStream()
            .findFirst()
            .orElseThrow(() -> new SigilloException(SignatureError.HOLDER_NOT_FOUND));
    if (holder.status() == HolderStatus.AWAITING_DEVICE || holder.signDeviceId().isEmpty()) {
      // a holder still ordering chooses the first device on the order page
      throw new SigilloException(SignatureError.SIGN_DEVICE_MISSING);
    }
    return holder;
  }

  private static void requireSmsCode(SmsVerification verification, String username) {
    if (verification.verified() && username.equals(verification.owner())) {
      return;
    }
    throw switch (verification.status()) {
      case WRONG ->
          new SigilloException(OtpError.DEVICE_CHANGE_CODE_WRONG, verification.remainingAttempts());
      case EXHAUSTED -> new SigilloException(OtpError.DEVICE_CHANGE_CODE_EXHAUSTED);
      case ALREADY_USED -> new SigilloException(OtpError.SMS_CODE_ALREADY_USED);
      case EXPIRED, VERIFIED -> new SigilloException(OtpError.DEVICE_CHANGE_CODE_EXPIRED);
    };
  }
}

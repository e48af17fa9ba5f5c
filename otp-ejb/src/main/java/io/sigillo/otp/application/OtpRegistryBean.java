package io.sigillo.otp.application;

import io.sigillo.core.audit.Actor;
import io.sigillo.core.error.PlatformError;
import io.sigillo.core.error.SigilloException;
import io.sigillo.core.security.Roles;
import io.sigillo.core.tenant.TenantId;
import io.sigillo.otp.api.DeviceStatus;
import io.sigillo.otp.api.DeviceSummary;
import io.sigillo.otp.api.DeviceType;
import io.sigillo.otp.api.NewSmsDevice;
import io.sigillo.otp.api.NewToken;
import io.sigillo.otp.api.NewTotpDevice;
import io.sigillo.otp.api.OtpError;
import io.sigillo.otp.api.OtpRegistry;
import io.sigillo.otp.api.Purpose;
import io.sigillo.otp.api.ResyncResult;
import io.sigillo.otp.api.SmsChallenge;
import io.sigillo.otp.api.SmsCodeRequest;
import io.sigillo.otp.api.SmsEnrolment;
import io.sigillo.otp.api.SmsPurpose;
import io.sigillo.otp.api.TotpEnrolment;
import io.sigillo.otp.api.ValidationRequest;
import io.sigillo.otp.api.ValidationResult;
import io.sigillo.otp.domain.Base32;
import io.sigillo.otp.domain.Enrolment;
import io.sigillo.otp.domain.OtpAlgorithm;
import io.sigillo.otp.domain.OtpDevice;
import io.sigillo.otp.domain.OtpParameters;
import io.sigillo.otp.domain.OtpSecret;
import io.sigillo.otp.infrastructure.crypto.SecretVault;
import io.sigillo.otp.infrastructure.persistence.OtpPersistence;
import io.sigillo.otp.infrastructure.persistence.OtpTenantBinding;
import io.sigillo.otp.infrastructure.qr.QrCodePng;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The OTP device registry of each tenant. The tenant filter is applied by EclipseLink; codes are
 * decided by {@link Attempts}; the operator's and holder's life-cycle actions change the loaded
 * device, whose version guards against a concurrent validation.
 */
@Stateless
@Interceptors(OtpTenantBinding.class)
@DeclareRoles({
  Roles.USER,
  Roles.OPERATOR,
  Roles.PLATFORM_ADMIN,
  Roles.SERVICE,
  Roles.LOGIN_BROKER,
  Roles.SYSTEM
})
// people on their own devices, staff (a platform administrator's own staff app included), back
// ends; DeviceAccess decides per device and level
@RolesAllowed({Roles.USER, Roles.OPERATOR, Roles.PLATFORM_ADMIN, Roles.SERVICE, Roles.SYSTEM})
public class OtpRegistryBean implements OtpRegistry {

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final int MAX_REASON = 500;

  @PersistenceContext(unitName = OtpPersistence.UNIT)
  private EntityManager em;

  @Inject private Clock clock;
  @Inject private SecretVault vault;
  @Inject private Attempts attempts;
  @Inject private Policies policies;
  @Inject private OtpAudit audit;
  @Inject private SmsChallenges smsChallenges;
  @Inject private DeviceAccess access;

  @Override
  public TotpEnrolment enrolTotp(TenantId tenant, NewTotpDevice request, Actor actor) {
    String owner = owner(request.owner());
    access.enrol(owner, actor);
    // the tenant's choice for new apps; a device keeps what it was enrolled with
    OtpParameters parameters = policies.of(tenant).totpEnrolment();
    Enrolment enrolment = Enrolment.totp(RANDOM, request.issuer(), owner, parameters);
    OtpDevice device = OtpDevice.enrolTotp(owner, parameters, clock.instant());
    persistWithSecret(tenant, device, enrolment.secret());
    audit.device(tenant, actor, "otp.device.enrolled", device.id(), "TOTP PENDING");
    String uri = enrolment.keyUri().value();
    return new TotpEnrolment(
        Devices.summary(device),
        uri,
        QrCodePng.render(uri, QrCodePng.DEFAULT_SIZE),
        grouped(Base32.encode(enrolment.secret().bytes())));
  }

  @Override
  public DeviceSummary registerToken(TenantId tenant, NewToken token, Actor actor) {
    access.registerToken(actor);
    String owner = owner(token.owner());
    String serial = token.serial() == null ? "" : token.serial().strip();
    if (serial.isEmpty() || serial.length() > 64) {
      throw new SigilloException(PlatformError.VALIDATION, "serial", "1..64 characters");
    }
    if (token.nextCounter() < 0) {
      throw new SigilloException(PlatformError.VALIDATION, "nextCounter", ">= 0");
    }
    OtpParameters parameters =
        new OtpParameters(
            algorithm(token.algorithm()), token.digits(), OtpParameters.DEFAULT_PERIOD);
    OtpSecret secret = tokenSecret(token.base32Secret());
    boolean taken =
        !em.createNamedQuery("OtpDevice.bySerial", OtpDevice.class)
            .setParameter("serial", serial)
            .getResultList()
            .isEmpty();
    if (taken) {
      throw new SigilloException(OtpError.SERIAL_TAKEN, serial);
    }
    OtpDevice device =
        OtpDevice.enrolHotp(owner, serial, parameters, token.nextCounter(), clock.instant());
    persistWithSecret(tenant, device, secret);
    audit.device(tenant, actor, "otp.device.registered", device.id(), "HOTP PENDING " + serial);
    return Devices.summary(device);
  }

  @Override
  public SmsEnrolment enrolSms(TenantId tenant, NewSmsDevice request, Actor actor) {
    String owner = owner(request.owner());
    access.enrol(owner, actor);
    String mobile = SmsChallenges.mobile(request.mobile());
    OtpDevice device = OtpDevice.enrolSms(owner, mobile, clock.instant());
    em.persist(device);
    em.flush();
    audit.device(tenant, actor, "otp.device.enrolled", device.id(), "SMS PENDING");
    SmsChallenge confirmation =
        smsChallenges.send(
            tenant,
            new SmsCodeRequest(
                owner, mobile, SmsPurpose.CONTACT_CHANGE, request.locale(), request.senderName()),
            Optional.of(device.id()),
            actor);
    return new SmsEnrolment(Devices.summary(device), confirmation);
  }

  @Override
  public SmsChallenge sendSmsCode(
      TenantId tenant,
      long deviceId,
      Purpose purpose,
      Locale locale,
      String senderName,
      Actor actor) {
    OtpDevice device = get(deviceId);
    access.validate(tenant, device, purpose, actor);
    if (device.type() != DeviceType.SMS
        || (device.status() != DeviceStatus.ACTIVE && device.status() != DeviceStatus.PENDING)) {
      throw new SigilloException(OtpError.DEVICE_NOT_ACTIVE);
    }
    if (device.isLocked()) {
      throw new SigilloException(OtpError.DEVICE_LOCKED);
    }
    if (purpose == null) {
      throw new SigilloException(PlatformError.VALIDATION, "purpose", "LOGIN | SIGN");
    }
    return smsChallenges.send(
        tenant,
        new SmsCodeRequest(
            device.owner(),
            device.mobile().orElseThrow(),
            SmsProvider.challengePurpose(device, purpose),
            locale,
            senderName),
        Optional.of(device.id()),
        actor);
  }

  @Override
  public ValidationResult confirm(TenantId tenant, long deviceId, String code, Actor actor) {
    OtpDevice device = get(deviceId);
    access.confirm(device, actor);
    ValidationResult result =
        attempts.check(tenant, device, policies.of(tenant), Purpose.LOGIN, code, true, actor);
    if (result.accepted() && device.isApp()) {
      replaceEarlierApps(tenant, device, actor);
    }
    return result;
  }

  @Override
  // Keycloak's level-2 step too: DeviceAccess lets it check an app's LOGIN code only
  @RolesAllowed({
    Roles.USER,
    Roles.OPERATOR,
    Roles.PLATFORM_ADMIN,
    Roles.SERVICE,
    Roles.LOGIN_BROKER,
    Roles.SYSTEM
  })
  public ValidationResult validate(TenantId tenant, ValidationRequest request, Actor actor) {
    OtpDevice device = resolve(request);
    access.validate(tenant, device, request.purpose(), actor);
    return attempts.check(
        tenant, device, policies.of(tenant), request.purpose(), request.code(), false, actor);
  }

  @Override
  public ResyncResult resynchronise(
      TenantId tenant, long deviceId, List<String> codes, Actor actor) {
    OtpDevice device = get(deviceId);
    access.resynchronise(tenant, device, actor);
    return attempts.resynchronise(
        tenant, lockedForCheck(device), policies.of(tenant), codes, false, actor);
  }

  @Override
  public ResyncResult selfUnlock(TenantId tenant, long deviceId, List<String> codes, Actor actor) {
    OtpDevice device = get(deviceId);
    access.resynchronise(tenant, device, actor);
    return attempts.resynchronise(
        tenant, lockedForCheck(device), policies.of(tenant), codes, true, actor);
  }

  @Override
  public DeviceSummary unlock(TenantId tenant, long deviceId, String reason, Actor actor) {
    access.staff(actor);
    return change(
        tenant,
        deviceId,
        actor,
        "otp.device.unlocked",
        required(reason),
        // a revoked or lost device stays out of use: unlocking it would report a change that
        // makes nothing usable again
        usable(OtpDevice::unlock));
  }

  @Override
  public DeviceSummary resetDrift(TenantId tenant, long deviceId, String reason, Actor actor) {
    access.staff(actor);
    return change(
        tenant, deviceId, actor, "otp.device.drift-reset", required(reason), OtpDevice::resetDrift);
  }

  @Override
  public DeviceSummary revoke(TenantId tenant, long deviceId, String reason, Actor actor) {
    access.retire(tenant, get(deviceId), actor);
    return change(
        tenant, deviceId, actor, "otp.device.revoked", optional(reason), usable(OtpDevice::revoke));
  }

  @Override
  public DeviceSummary markLost(TenantId tenant, long deviceId, String reason, Actor actor) {
    access.retire(tenant, get(deviceId), actor);
    return change(
        tenant, deviceId, actor, "otp.device.lost", optional(reason), usable(OtpDevice::markLost));
  }

  @Override
  public Optional<DeviceSummary> find(TenantId tenant, long deviceId) {
    return Optional.ofNullable(em.find(OtpDevice.class, deviceId)).map(Devices::summary);
  }

  @Override
  public DeviceSummary deviceOf(TenantId tenant, String owner, long deviceId) {
    return find(tenant, deviceId)
        .filter(d -> d.owner().equals(owner))
        .orElseThrow(() -> new SigilloException(PlatformError.NOT_FOUND));
  }

  @Override
  public DeviceSummary unlockFor(
      TenantId tenant, String owner, long deviceId, String reason, Actor actor) {
    return unlock(tenant, deviceOf(tenant, owner, deviceId).id(), staffReason(reason), actor);
  }

  @Override
  public DeviceSummary markLostFor(
      TenantId tenant, String owner, long deviceId, String reason, Actor actor) {
    return markLost(tenant, deviceOf(tenant, owner, deviceId).id(), staffReason(reason), actor);
  }

  @Override
  public boolean servesSigning(TenantId tenant, long deviceId) {
    return access.servesSigning(tenant, get(deviceId));
  }

  @Override
  public List<DeviceSummary> devicesOf(TenantId tenant, String owner) {
    return em.createNamedQuery("OtpDevice.byOwner", OtpDevice.class)
        .setParameter("owner", owner == null ? "" : owner.strip())
        .setMaxResults(100)
        .getResultStream()
        .map(Devices::summary)
        .toList();
  }

  @Override
  public Optional<DeviceSummary> currentApp(TenantId tenant, String owner) {
    List<DeviceSummary> apps = apps(owner);
    return apps.stream()
        .filter(d -> d.status() == DeviceStatus.ACTIVE)
        .findFirst()
        .or(() -> apps.stream().filter(d -> d.status() == DeviceStatus.PENDING).findFirst());
  }

  @Override
  // Keycloak's level-2 step asks whether a person has an app to sign in with
  @RolesAllowed({
    Roles.USER,
    Roles.OPERATOR,
    Roles.PLATFORM_ADMIN,
    Roles.SERVICE,
    Roles.LOGIN_BROKER,
    Roles.SYSTEM
  })
  public List<DeviceSummary> activeApps(TenantId tenant, String owner) {
    return apps(owner).stream().filter(d -> d.status() == DeviceStatus.ACTIVE).toList();
  }

  @Override
  public TotpEnrolment replaceApp(
      TenantId tenant, NewTotpDevice device, String reason, Actor actor) {
    for (DeviceSummary old : apps(owner(device.owner()))) {
      if (old.usable() && !servesSigning(tenant, old.id())) {
        revoke(tenant, old.id(), reason, actor);
      }
    }
    return enrolTotp(tenant, device, actor);
  }

  /** A person's apps, newest first. */
  private List<DeviceSummary> apps(String owner) {
    return em.createNamedQuery("OtpDevice.byOwner", OtpDevice.class)
        .setParameter("owner", owner == null ? "" : owner.strip())
        .getResultStream()
        .filter(OtpDevice::isApp)
        .sorted(Comparator.comparing(OtpDevice::createdAt).reversed())
        .map(Devices::summary)
        .toList();
  }

  /**
   * The sequence gives the id on persist; the secret is sealed for that id before the insert is
   * flushed, so no row ever exists without its secret.
   */
  private void persistWithSecret(TenantId tenant, OtpDevice device, OtpSecret secret) {
    em.persist(device);
    device.storeSecret(vault.currentKeyId(), vault.seal(secret, tenant, device.id()));
    em.flush();
  }

  /**
   * A confirmed app replaces the person's earlier apps: re-association revokes the old one. A
   * time-based hardware token (it has a serial) neither replaces an app nor is replaced by one.
   */
  private void replaceEarlierApps(TenantId tenant, OtpDevice confirmed, Actor actor) {
    if (!confirmed.isApp()) {
      return;
    }
    for (OtpDevice earlier :
        em.createNamedQuery("OtpDevice.activeByOwner", OtpDevice.class)
            .setParameter("owner", confirmed.owner())
            .getResultList()) {
      if (earlier.isApp() && !earlier.id().equals(confirmed.id())) {
        earlier.revoke();
        audit.device(
            tenant, actor, "otp.device.revoked", earlier.id(), "replaced by " + confirmed.id());
      }
    }
  }

  private DeviceSummary change(
      TenantId tenant,
      long deviceId,
      Actor actor,
      String action,
      String reason,
      Consumer<OtpDevice> change) {
    OtpDevice device = get(deviceId);
    change.accept(device);
    em.flush();
    audit.device(tenant, actor, action, deviceId, reason);
    return Devices.summary(device);
  }

  private static Consumer<OtpDevice> usable(Consumer<OtpDevice> change) {
    return device -> {
      if (device.status() != DeviceStatus.PENDING && device.status() != DeviceStatus.ACTIVE) {
        throw new SigilloException(OtpError.DEVICE_NOT_ACTIVE);
      }
      change.accept(device);
    };
  }

  private OtpDevice get(long deviceId) {
    return Optional.ofNullable(em.find(OtpDevice.class, deviceId))
        .orElseThrow(() -> new SigilloException(OtpError.DEVICE_NOT_FOUND));
  }

  /**
   * Re-reads the device under a row lock ({@code SELECT … FOR UPDATE}) for the rest of the
   * transaction, so a resynchronisation or self-unlock runs alone: its quota and the state it
   * starts from cannot change under it. Code checks take the lock only when contended ({@link
   * Attempts#check}).
   */
  private OtpDevice lockedForCheck(OtpDevice device) {
    em.refresh(device, LockModeType.PESSIMISTIC_WRITE);
    return device;
  }

  /** The device named, or the person's only active one. */
  private OtpDevice resolve(ValidationRequest request) {
    if (request.deviceId() != null) {
      OtpDevice device = get(request.deviceId());
      if (request.owner() != null && !request.owner().strip().equals(device.owner())) {
        throw new SigilloException(OtpError.DEVICE_NOT_FOUND);
      }
      return device;
    }
    List<OtpDevice> active =
        em.createNamedQuery("OtpDevice.activeByOwner", OtpDevice.class)
            .setParameter("owner", owner(request.owner()))
            .getResultList();
    if (active.isEmpty()) {
      throw new SigilloException(OtpError.DEVICE_NOT_ACTIVE);
    }
    if (active.size() > 1) {
      throw new SigilloException(PlatformError.VALIDATION, "deviceId", "several active devices");
    }
    return active.get(0);
  }

  private static String owner(String owner) {
    String value = owner == null ? "" : owner.strip();
    if (value.isEmpty() || value.length() > 64) {
      throw new SigilloException(PlatformError.VALIDATION, "owner", "1..64 characters");
    }
    return value;
  }

  private static OtpAlgorithm algorithm(String name) {
    if (name == null || name.isBlank()) {
      return OtpAlgorithm.SHA1;
    }
    return Arrays.stream(OtpAlgorithm.values())
        .filter(a -> a.name().equals(name.strip().toUpperCase(Locale.ROOT)))
        .findFirst()
        .orElseThrow(
            () ->
                new SigilloException(
                    PlatformError.VALIDATION, "algorithm", "SHA1, SHA256, SHA512"));
  }

  private static OtpSecret tokenSecret(String base32) {
    return orInvalid(
        () -> OtpSecret.of(Base32.decode(base32 == null ? "" : base32)),
        "base32Secret",
        "Base32, 128 bits or more");
  }

  private static <T> T orInvalid(Supplier<T> value, String field, String rule) {
    try {
      return value.get();
    } catch (IllegalArgumentException e) {
      throw new SigilloException(PlatformError.VALIDATION, field, rule);
    }
  }

  /** A reason staff give from a person's page: long enough to tell a later reader why. */
  private static String staffReason(String reason) {
    String value = reason == null ? "" : reason.strip();
    if (value.length() < 5 || value.length() > MAX_REASON) {
      throw new SigilloException(OtpError.REASON_REQUIRED);
    }
    return value;
  }

  private static String required(String reason) {
    String value = optional(reason);
    if (value.isEmpty()) {
      throw new SigilloException(PlatformError.VALIDATION, "reason", "required");
    }
    return value;
  }

  private static String optional(String reason) {
    String value = reason == null ? "" : reason.strip();
    if (value.length() > MAX_REASON) {
      throw new SigilloException(PlatformError.VALIDATION, "reason", "at most 500 characters");
    }
    return value;
  }

  /** "JBSW Y3DP …": groups of four, as people copy a key by hand. */
  private static String grouped(String base32) {
    return String.join(" ", base32.split("(?<=\\G.{4})"));
  }
}

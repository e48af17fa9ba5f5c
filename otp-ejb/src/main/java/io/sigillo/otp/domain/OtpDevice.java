package io.sigillo.otp.domain;

import io.sigillo.otp.api.DeviceStatus;
import io.sigillo.otp.api.DeviceType;
import io.sigillo.otp.api.Purpose;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.Optional;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * A person's TOTP app, HOTP token or SMS number in one tenant, and the state both purposes share.
 * An SMS device has no shared secret (its codes are random, sent and kept as keyed hashes by the
 * SMS challenges): its mobile number is its metadata, and its replay floor counts the codes used.
 *
 * <p>Metadata and the secret are kept in separate columns; the secret only ever as ciphertext from
 * the secret cipher, with its key id beside it so rows under an old key can be found for rotation.
 * The ciphertext is bound to this row's id, which the sequence assigns on persist: a new device is
 * persisted first and given its secret before the transaction commits.
 *
 * <p>The replay floor, the failure counters and the lock are changed under concurrency by the
 * repository's conditional updates ({@code … WHERE last_accepted < ?}, {@code failures + 1}); the
 * methods here apply the same decisions to a loaded instance, for paths that are not contended
 * (confirming an enrolment, an operator's action).
 */
@Entity
@Table(name = "otp_device")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(
    name = "tenant_id",
    contextProperty = "eclipselink.tenant-id",
    length = 40)
@NamedQuery(
    name = "OtpDevice.byOwner",
    query = "select d from OtpDevice d where d.owner = :owner order by d.id desc")
@NamedQuery(
    name = "OtpDevice.activeByOwner",
    query =
        "select d from OtpDevice d where d.owner = :owner"
            + " and d.status = io.sigillo.otp.api.DeviceStatus.ACTIVE order by d.id")
@NamedQuery(
    name = "OtpDevice.bySerial",
    query = "select d from OtpDevice d where d.serial = :serial")
public class OtpDevice {

  @Id
  @SequenceGenerator(name = "otp_device_seq", sequenceName = "otp_device_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "otp_device_seq")
  private Long id;

  // null only for a token in stock (AVAILABLE): nobody's until claimed or assigned
  @Column(length = 64)
  private String owner;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 8)
  private DeviceType type;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private DeviceStatus status;

  @Column(length = 64)
  private String serial;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 8)
  private OtpAlgorithm algorithm;

  @Column(nullable = false)
  private int digits;

  @Column(name = "period_seconds", nullable = false)
  private int periodSeconds;

  @Column(name = "last_accepted", nullable = false)
  private long lastAccepted;

  @Column(name = "base_drift_steps", nullable = false)
  private int baseDriftSteps;

  @Column(name = "learned_drift_steps", nullable = false)
  private int learnedDriftSteps;

  @Column(name = "last_window_offset")
  private Integer lastWindowOffset;

  @Column(name = "last_window_limit")
  private Integer lastWindowLimit;

  // which steps just below the floor were accepted: TotpState.acceptedBelow
  @Column(name = "accepted_below", nullable = false)
  private long acceptedBelow;

  @Column(name = "login_failures", nullable = false)
  private int loginFailures;

  // EclipseLink 4.0 (JPA 3.1) has no Instant mapping and would serialize it into a byte array
  @Column(name = "login_last_failure_at")
  private OffsetDateTime loginLastFailureAt;

  @Column(name = "sign_failures", nullable = false)
  private int signFailures;

  @Column(name = "sign_last_failure_at")
  private OffsetDateTime signLastFailureAt;

  @Column(name = "locked_at")
  private OffsetDateTime lockedAt;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  @Column(name = "activated_at")
  private OffsetDateTime activatedAt;

  // E.164, SMS devices only
  @Column(length = 16)
  private String mobile;

  // null only for an SMS device, which has no shared secret
  @Column(name = "secret_key_id", length = 32)
  private String secretKeyId;

  @Column(name = "secret_data")
  private byte[] secretData;

  @Version private long version;

  protected OtpDevice() {}

  private OtpDevice(
      String owner,
      DeviceType type,
      String serial,
      OtpParameters parameters,
      long lastAccepted,
      Instant now) {
    this(owner, DeviceStatus.PENDING, type, serial, parameters, lastAccepted, now);
    if (owner == null || owner.isBlank() || owner.length() > 64) {
      throw new IllegalArgumentException("a device owner is a username of 1..64 characters");
    }
  }

  private OtpDevice(
      String owner,
      DeviceStatus status,
      DeviceType type,
      String serial,
      OtpParameters parameters,
      long lastAccepted,
      Instant now) {
    this.owner = owner;
    this.type = type;
    this.serial = serial;
    this.status = status;
    this.algorithm = parameters.algorithm();
    this.digits = parameters.digits();
    this.periodSeconds = Math.toIntExact(parameters.period().getSeconds());
    this.lastAccepted = lastAccepted;
    this.createdAt = utc(Objects.requireNonNull(now, "now"));
  }

  /** A new authenticator app, pending until its first code is accepted. */
  public static OtpDevice enrolTotp(String owner, OtpParameters parameters, Instant now) {
    return new OtpDevice(owner, DeviceType.TOTP, null, parameters, TotpState.NONE, now);
  }

  /** A hardware token claimed by its serial, pending until its first code is accepted. */
  public static OtpDevice enrolHotp(
      String owner, String serial, OtpParameters parameters, long nextCounter, Instant now) {
    if (serial == null || serial.isBlank() || serial.length() > 64) {
      throw new IllegalArgumentException("a token serial has 1..64 characters");
    }
    return new OtpDevice(
        owner,
        DeviceType.HOTP,
        serial,
        parameters,
        HotpState.expecting(nextCounter).lastAcceptedCounter(),
        now);
  }

  /**
   * A mobile number that receives codes by SMS, pending until the first code sent to it is
   * confirmed (which proves the person has the phone).
   *
   * @param mobile the number in E.164 form, e.g. {@code +393331234567}
   */
  public static OtpDevice enrolSms(String owner, String mobile, Instant now) {
    if (mobile == null || !mobile.matches("\\+[1-9][0-9]{6,14}")) {
      throw new IllegalArgumentException("an SMS device's number is in E.164 form");
    }
    OtpDevice device =
        new OtpDevice(owner, DeviceType.SMS, null, OtpParameters.defaults(), TotpState.NONE, now);
    device.mobile = mobile;
    return device;
  }

  /**
   * A hardware token imported into stock: nobody's, {@link DeviceStatus#AVAILABLE}, validating no
   * code until a holder claims it or an operator assigns it.
   *
   * @param nextCounter for an event-based token, the counter of its next code; ignored otherwise
   */
  public static OtpDevice inStock(
      DeviceType type, String serial, OtpParameters parameters, long nextCounter, Instant now) {
    if (serial == null || serial.isBlank() || serial.length() > 64) {
      throw new IllegalArgumentException("a token serial has 1..64 characters");
    }
    long lastAccepted =
        switch (type) {
          case HOTP -> HotpState.expecting(nextCounter).lastAcceptedCounter();
          case TOTP -> TotpState.NONE;
          default -> throw new IllegalArgumentException("only HOTP and TOTP tokens are stocked");
        };
    return new OtpDevice(null, DeviceStatus.AVAILABLE, type, serial, parameters, lastAccepted, now);
  }

  /** The encrypted secret, produced for this row's id; replaced as a whole on key rotation. */
  public void storeSecret(String keyId, byte[] ciphertext) {
    if (keyId == null || keyId.isBlank() || ciphertext == null || ciphertext.length == 0) {
      throw new IllegalArgumentException("an encrypted secret has a key id and a ciphertext");
    }
    this.secretKeyId = keyId;
    this.secretData = ciphertext.clone();
  }

  /** The first accepted code proves the device works (and, for an app, that its clock is right). */
  public void confirm(Verification.Accepted first, Instant now) {
    if (status != DeviceStatus.PENDING) {
      throw new IllegalStateException("only a pending device is confirmed");
    }
    advance(first);
    status = DeviceStatus.ACTIVE;
    activatedAt = utc(now);
  }

  /**
   * Applies an acceptance and clears the failures of its purpose only: a person logging in every
   * day must not keep resetting the count of someone guessing signature codes.
   */
  public void accept(Verification.Accepted accepted, Purpose purpose) {
    advance(accepted);
    if (purpose == Purpose.LOGIN) {
      loginFailures = 0;
      loginLastFailureAt = null;
    } else {
      signFailures = 0;
      signLastFailureAt = null;
    }
  }

  private void advance(Verification.Accepted accepted) {
    if (accepted.movingFactor() <= lastAccepted) {
      throw new IllegalStateException("a replay floor only moves forward");
    }
    acceptedBelow = acceptedBelowAfter(accepted.movingFactor());
    lastAccepted = accepted.movingFactor();
    learnedDriftSteps = type == DeviceType.TOTP ? accepted.learnedDriftSteps() : 0;
    lastWindowOffset = accepted.windowUse().offset();
    lastWindowLimit = accepted.windowUse().limit();
  }

  /** Sets counter or drift found by a resynchronisation and clears the failure counters. */
  public void resynchronise(Resync.Found found) {
    if (found.lastAccepted() <= lastAccepted) {
      throw new IllegalStateException("a replay floor only moves forward");
    }
    lastAccepted = found.lastAccepted();
    acceptedBelow = 0;
    baseDriftSteps = type == DeviceType.TOTP ? found.baseDriftSteps() : 0;
    learnedDriftSteps = 0;
    clearFailures();
  }

  public FailureCount recordFailure(Purpose purpose, Instant now) {
    FailureCount next = failures(purpose).plusOne(now);
    if (purpose == Purpose.LOGIN) {
      loginFailures = next.consecutive();
      loginLastFailureAt = utc(now);
    } else {
      signFailures = next.consecutive();
      signLastFailureAt = utc(now);
    }
    return next;
  }

  public void lock(Instant now) {
    if (lockedAt == null) {
      lockedAt = utc(now);
    }
  }

  /** By an operator (audited, with a reason) or by the holder within the self-unlock quota. */
  public void unlock() {
    lockedAt = null;
    clearFailures();
  }

  /** An operator's reset of the learned and resynchronised drift (audited by the caller). */
  public void resetDrift() {
    TotpState reset = totpState().withoutDrift();
    baseDriftSteps = reset.baseDriftSteps();
    learnedDriftSteps = reset.learnedDriftSteps();
  }

  public void revoke() {
    status = DeviceStatus.REVOKED;
  }

  public void markLost() {
    status = DeviceStatus.LOST;
  }

  private void clearFailures() {
    loginFailures = 0;
    loginLastFailureAt = null;
    signFailures = 0;
    signLastFailureAt = null;
  }

  public Long id() {
    return id;
  }

  /** The person the device belongs to; {@code null} only for a token still in stock. */
  public String owner() {
    return owner;
  }

  public DeviceType type() {
    return type;
  }

  public DeviceStatus status() {
    return status;
  }

  public Optional<String> serial() {
    return Optional.ofNullable(serial);
  }

  /** The number an SMS device's codes are sent to; empty for an app or a token. */
  public Optional<String> mobile() {
    return Optional.ofNullable(mobile);
  }

  /** The last accepted time step or counter; for an SMS device, the number of codes used. */
  public long replayFloor() {
    return lastAccepted;
  }

  public OtpParameters parameters() {
    return new OtpParameters(algorithm, digits, Duration.ofSeconds(periodSeconds));
  }

  public TotpState totpState() {
    return new TotpState(lastAccepted, baseDriftSteps, learnedDriftSteps, acceptedBelow);
  }

  /** The remembered acceptances once {@code movingFactor} becomes the replay floor. */
  public long acceptedBelowAfter(long movingFactor) {
    return TotpState.acceptedBelowAfter(lastAccepted, acceptedBelow, movingFactor);
  }

  public HotpState hotpState() {
    return new HotpState(lastAccepted);
  }

  public Optional<WindowUse> lastWindowUse() {
    return lastWindowOffset == null
        ? Optional.empty()
        : Optional.of(new WindowUse(lastWindowOffset, lastWindowLimit));
  }

  public FailureCount failures(Purpose purpose) {
    return purpose == Purpose.LOGIN
        ? new FailureCount(loginFailures, Optional.ofNullable(instant(loginLastFailureAt)))
        : new FailureCount(signFailures, Optional.ofNullable(instant(signLastFailureAt)));
  }

  /** An authenticator app: TOTP and no serial (a token with a serial is hardware). */
  public boolean isApp() {
    return type() == DeviceType.TOTP && serial().isEmpty();
  }

  public boolean isLocked() {
    return lockedAt != null;
  }

  public Instant createdAt() {
    return createdAt.toInstant();
  }

  public Optional<Instant> activatedAt() {
    return Optional.ofNullable(instant(activatedAt));
  }

  public Optional<Instant> lockedAt() {
    return Optional.ofNullable(instant(lockedAt));
  }

  /** The row version as read: the compare-and-set of an uncontended acceptance names it. */
  public long version() {
    return version;
  }

  public String secretKeyId() {
    return secretKeyId;
  }

  public byte[] secretData() {
    return secretData == null ? new byte[0] : secretData.clone();
  }

  private static OffsetDateTime utc(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }

  private static Instant instant(OffsetDateTime time) {
    return time == null ? null : time.toInstant();
  }

  @Override
  public String toString() {
    return "OtpDevice[id=" + id + ", type=" + type + ", status=" + status + "]";
  }
}

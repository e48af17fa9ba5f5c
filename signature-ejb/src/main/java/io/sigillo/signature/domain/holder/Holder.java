package io.sigillo.signature.domain.holder;

import io.sigillo.signature.api.ContactKind;
import io.sigillo.signature.api.HolderData;
import io.sigillo.signature.api.HolderStatus;
import io.sigillo.signature.api.HolderSummary;
import io.sigillo.signature.api.Sex;
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
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * A remote-signature holder of one tenant: holder data, contacts, the remote-signature password
 * (only its Argon2id hash, with the failure count that locks it), the signature device and the
 * current certificate. Contacts are kept here in their normal form; their platform-wide uniqueness
 * lives in {@link ContactClaim}, which is not tenant-filtered.
 */
@Entity
@Table(name = "holder")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(
    name = "tenant_id",
    contextProperty = "eclipselink.tenant-id",
    length = 40)
@NamedQuery(
    name = "Holder.byUsername",
    query = "select h from Holder h where h.username = :username")
@NamedQuery(
    name = "Holder.bySignDevice",
    query = "select h.id from Holder h where h.signDeviceId = :device and h.status <> :waiting")
public class Holder {

  @Id
  @SequenceGenerator(name = "holder_seq", sequenceName = "holder_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "holder_seq")
  private Long id;

  @Column(nullable = false, length = 200)
  private String username;

  @Column(nullable = false, length = 100)
  private String surname;

  @Column(name = "given_name", nullable = false, length = 100)
  private String givenName;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 8)
  private Sex sex;

  @Column(name = "birth_date", nullable = false)
  private LocalDate birthDate;

  @Column(name = "place_of_birth", nullable = false, length = 100)
  private String placeOfBirth;

  @Column(name = "province_of_birth", length = 60)
  private String provinceOfBirth;

  @Column(name = "codice_fiscale", nullable = false, length = 16)
  private String codiceFiscale;

  @Column(nullable = false, length = 16)
  private String mobile;

  @Column(nullable = false, length = 254)
  private String email;

  @Column(name = "password_hash", nullable = false, length = 200)
  private String passwordHash;

  @Column(name = "password_failures", nullable = false)
  private int passwordFailures;

  @Column(name = "password_locked_until")
  private OffsetDateTime passwordLockedUntil;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private HolderStatus status;

  @Column(name = "sign_device_id")
  private Long signDeviceId;

  @Column(name = "certificate_id")
  private Long certificateId;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  @Column(name = "updated_at", nullable = false)
  private OffsetDateTime updatedAt;

  @Version private long version;

  protected Holder() {}

  /**
   * A new holder. The caller has checked the data against the codice fiscale (or, for an import,
   * deliberately not), normalised the contacts and hashed the password.
   */
  public static Holder create(
      String username,
      HolderData data,
      String mobile,
      String email,
      String passwordHash,
      Instant now) {
    Holder holder = new Holder();
    holder.username = Objects.requireNonNull(username, "username");
    holder.setData(data);
    holder.mobile = mobile;
    holder.email = email;
    holder.passwordHash = passwordHash;
    holder.status = HolderStatus.AWAITING_DEVICE;
    holder.createdAt = at(now);
    holder.updatedAt = holder.createdAt;
    return holder;
  }

  public void correctData(HolderData data, Instant now) {
    setData(data);
    updatedAt = at(now);
  }

  private void setData(HolderData data) {
    surname = required(data.surname());
    givenName = required(data.givenName());
    sex = Objects.requireNonNull(data.sex(), "sex");
    birthDate = Objects.requireNonNull(data.birthDate(), "birthDate");
    placeOfBirth = required(data.placeOfBirth());
    provinceOfBirth =
        data.provinceOfBirth() == null || data.provinceOfBirth().isBlank()
            ? null
            : data.provinceOfBirth().strip();
    codiceFiscale = required(data.codiceFiscale()).toUpperCase(Locale.ROOT);
  }

  public void bindDevice(long deviceId, Instant now) {
    signDeviceId = deviceId;
    updatedAt = at(now);
  }

  /** The certificate of the completed order, or the renewal's new one. */
  public void certificateIssued(long certificate, Instant now) {
    certificateId = certificate;
    status = HolderStatus.ACTIVE;
    updatedAt = at(now);
  }

  public void changeContact(ContactKind kind, String value, Instant now) {
    if (kind == ContactKind.MOBILE) {
      mobile = value;
    } else {
      email = value;
    }
    updatedAt = at(now);
  }

  public String contact(ContactKind kind) {
    return kind == ContactKind.MOBILE ? mobile : email;
  }

  public PasswordLockout.State passwordState() {
    return new PasswordLockout.State(
        passwordFailures, Optional.ofNullable(passwordLockedUntil).map(OffsetDateTime::toInstant));
  }

  public void passwordState(PasswordLockout.State state) {
    passwordFailures = state.failures();
    passwordLockedUntil = state.lockedUntil().map(Holder::at).orElse(null);
  }

  /**
   * A new password (its hash) after a change or a reset: any lock and failure count go with the old
   * one.
   *
   * @return the hash it replaces, for the history
   */
  public String replacePassword(String hash, Instant now) {
    String old = passwordHash;
    passwordHash = Objects.requireNonNull(hash, "hash");
    passwordState(PasswordLockout.State.CLEAR);
    updatedAt = at(now);
    return old;
  }

  /** After a correct password whose hash used older parameters. */
  public void rehashPassword(String hash) {
    passwordHash = hash;
  }

  public HolderData data() {
    return new HolderData(
        surname, givenName, sex, birthDate, placeOfBirth, provinceOfBirth, codiceFiscale);
  }

  public HolderSummary summary() {
    return new HolderSummary(
        id,
        username,
        data(),
        mobile,
        email,
        status,
        Optional.ofNullable(signDeviceId),
        Optional.ofNullable(certificateId),
        createdAt.toInstant());
  }

  public Long id() {
    return id;
  }

  public String username() {
    return username;
  }

  public String passwordHash() {
    return passwordHash;
  }

  public HolderStatus status() {
    return status;
  }

  public Optional<Long> signDeviceId() {
    return Optional.ofNullable(signDeviceId);
  }

  public Optional<Long> certificateId() {
    return Optional.ofNullable(certificateId);
  }

  private static String required(String value) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("holder data incomplete");
    }
    return value.strip();
  }

  private static OffsetDateTime at(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }
}

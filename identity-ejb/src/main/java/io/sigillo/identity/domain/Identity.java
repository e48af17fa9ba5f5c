package io.sigillo.identity.domain;

import io.sigillo.core.person.MobileNumber;
import io.sigillo.identity.api.IdentityStatus;
import io.sigillo.identity.api.IdentitySummary;
import io.sigillo.identity.api.SecondFactorStatus;
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
import java.util.Optional;
import java.util.regex.Pattern;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/** A person's SPID identity within one tenant. */
@Entity
@Table(name = "identity")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(
    name = "tenant_id",
    contextProperty = "eclipselink.tenant-id",
    length = 40)
@NamedQuery(
    name = "Identity.byUsername",
    query = "select i from Identity i where i.username = :username")
@NamedQuery(
    name = "Identity.search",
    query =
        "select i from Identity i where lower(i.username) like :text escape '!'"
            + " or lower(i.givenName) like :text escape '!'"
            + " or lower(i.surname) like :text escape '!' order by i.surname, i.givenName, i.id")
@NamedQuery(name = "Identity.count", query = "select count(i) from Identity i")
@NamedQuery(
    name = "Identity.byCodiceFiscale",
    query = "select i from Identity i where i.codiceFiscale = :codiceFiscale")
public class Identity {

  private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,63}");
  private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}");

  @Id
  @SequenceGenerator(name = "identity_seq", sequenceName = "identity_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "identity_seq")
  private Long id;

  @Column(nullable = false, length = 64)
  private String username;

  @Column(name = "given_name", nullable = false, length = 100)
  private String givenName;

  @Column(nullable = false, length = 100)
  private String surname;

  @Column(length = 254)
  private String email;

  @Column(length = 16)
  private String mobile;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private IdentityStatus status;

  @Column(name = "codice_fiscale", length = 16)
  private String codiceFiscale;

  @Column(name = "birth_date")
  private LocalDate birthDate;

  @Column(name = "email_verified", nullable = false)
  private boolean emailVerified;

  @Column(name = "mobile_verified", nullable = false)
  private boolean mobileVerified;

  @Enumerated(EnumType.STRING)
  @Column(name = "second_factor", nullable = false, length = 16)
  private SecondFactorStatus secondFactor = SecondFactorStatus.ACTIVE;

  @Column(name = "l2_use_notice", nullable = false)
  private boolean l2UseNotice;

  @Column(name = "status_changed_at")
  private OffsetDateTime statusChangedAt;

  @Column(name = "status_reason", length = 500)
  private String statusReason;

  @Column(length = 1)
  private String sex;

  @Column(name = "place_of_birth", length = 100)
  private String placeOfBirth;

  @Column(name = "province_of_birth", length = 40)
  private String provinceOfBirth;

  @Column(name = "created_at", nullable = false)
  // EclipseLink 4.0 (JPA 3.1) has no Instant mapping and would serialize it into a byte array
  private OffsetDateTime createdAt;

  @Version private long version;

  protected Identity() {}

  private Identity(
      String username, String givenName, String surname, String email, String mobile, Instant now) {
    this.username = username;
    this.givenName = givenName;
    this.surname = surname;
    this.email = email;
    this.mobile = mobile;
    this.status = IdentityStatus.ACTIVE;
    this.createdAt = now.atOffset(ZoneOffset.UTC);
  }

  /**
   * A new active identity. Throws {@link InvalidIdentityData} naming the first invalid field, so an
   * invalid identity never exists.
   */
  public static Identity register(
      String username, String givenName, String surname, String email, String mobile, Instant now) {
    return register(username, givenName, surname, email, mobile, null, null, now);
  }

  /**
   * A new active identity with its personal data. The contacts are the ones checked at
   * identification, so they are registered as verified. The tax code's check character is verified;
   * its agreement with name and birth data is the signature module's finer check.
   */
  public static Identity register(
      String username,
      String givenName,
      String surname,
      String email,
      String mobile,
      String codiceFiscale,
      LocalDate birthDate,
      Instant now) {
    String user = username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
    if (!USERNAME.matcher(user).matches()) {
      throw new InvalidIdentityData("username", "3-64 lowercase letters, digits, '.', '_' or '-'");
    }
    String given = requireName(givenName, "givenName");
    String sur = requireName(surname, "surname");
    String mail = blankToNull(email);
    if (mail != null && !EMAIL.matcher(mail).matches()) {
      throw new InvalidIdentityData("email", "not an e-mail address");
    }
    String phone = blankToNull(mobile) == null ? null : checkedMobile(mobile);
    String taxCode = blankToNull(codiceFiscale);
    if (taxCode != null) {
      taxCode = taxCode.toUpperCase(Locale.ROOT);
      if (!TaxCodes.wellFormed(taxCode)) {
        throw new InvalidIdentityData("codiceFiscale", "16 characters with a valid check letter");
      }
    }
    if (birthDate != null
        && (birthDate.isAfter(LocalDate.ofInstant(now, ZoneOffset.UTC))
            || birthDate.getYear() < 1900)) {
      throw new InvalidIdentityData("birthDate", "a date between 1900 and today");
    }
    Identity identity =
        new Identity(
            user, given, sur, mail == null ? null : mail.toLowerCase(Locale.ROOT), phone, now);
    identity.codiceFiscale = taxCode;
    identity.birthDate = birthDate;
    identity.emailVerified = mail != null;
    identity.mobileVerified = phone != null;
    return identity;
  }

  /**
   * A mobile number as people type it ("347 123 4567", "0039…", "+39 347…") in E.164 form, or
   * {@link InvalidIdentityData#mobile} with what was typed.
   */
  public static String checkedMobile(String mobile) {
    return MobileNumber.e164(mobile).orElseThrow(() -> InvalidIdentityData.mobile(mobile));
  }

  private static String requireName(String value, String field) {
    String v = value == null ? "" : value.trim();
    if (v.isEmpty() || v.length() > 100) {
      throw new InvalidIdentityData(field, "1-100 characters");
    }
    return v;
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }

  /** The api view of a persisted identity. */
  public IdentitySummary summary() {
    return new IdentitySummary(
        id,
        username,
        givenName,
        surname,
        email,
        mobile,
        status,
        createdAt.toInstant(),
        Optional.ofNullable(codiceFiscale),
        Optional.ofNullable(birthDate),
        emailVerified,
        mobileVerified,
        secondFactor,
        l2UseNotice);
  }

  /**
   * An identity enrolled by an operator: the same checks as {@link #register}, but {@link
   * IdentityStatus#PENDING} with its contacts unverified until the customer proves them with the
   * codes sent there. Both contacts are required.
   */
  public static Identity enrol(
      String username,
      String givenName,
      String surname,
      String email,
      String mobile,
      String codiceFiscale,
      LocalDate birthDate,
      String sex,
      String placeOfBirth,
      String provinceOfBirth,
      Instant now) {
    if (email == null || email.isBlank()) {
      throw new InvalidIdentityData("email", "required");
    }
    if (mobile == null || mobile.isBlank()) {
      throw new InvalidIdentityData("mobile", "required");
    }
    if (codiceFiscale == null || codiceFiscale.isBlank()) {
      throw new InvalidIdentityData("codiceFiscale", "required");
    }
    if (birthDate == null) {
      throw new InvalidIdentityData("birthDate", "required");
    }
    String s = sex == null ? "" : sex.strip().toUpperCase(Locale.ROOT);
    if (!s.equals("M") && !s.equals("F")) {
      throw new InvalidIdentityData("sex", "M or F");
    }
    String place = placeOfBirth == null ? "" : placeOfBirth.strip();
    if (place.isEmpty() || place.length() > 100) {
      throw new InvalidIdentityData("placeOfBirth", "1-100 characters");
    }
    String province = blankToNull(provinceOfBirth);
    if (province != null && province.length() > 40) {
      throw new InvalidIdentityData("provinceOfBirth", "at most 40 characters");
    }
    Identity identity =
        register(
            username,
            givenName,
            surname,
            email,
            checkedMobile(mobile),
            codiceFiscale,
            birthDate,
            now);
    identity.status = IdentityStatus.PENDING;
    identity.emailVerified = false;
    identity.mobileVerified = false;
    identity.sex = s;
    identity.placeOfBirth = place;
    identity.provinceOfBirth = province;
    return identity;
  }

  /**
   * An identity a migrating reseller's previous provider identified: the checks of {@link #enrol},
   * active at once with its contacts as that provider verified them.
   */
  public static Identity migrate(
      String username,
      String givenName,
      String surname,
      String email,
      String mobile,
      String codiceFiscale,
      LocalDate birthDate,
      String sex,
      String placeOfBirth,
      String provinceOfBirth,
      Instant now) {
    Identity identity =
        enrol(
            username,
            givenName,
            surname,
            email,
            mobile,
            codiceFiscale,
            birthDate,
            sex,
            placeOfBirth,
            provinceOfBirth,
            now);
    identity.status = IdentityStatus.ACTIVE;
    identity.emailVerified = true;
    identity.mobileVerified = true;
    return identity;
  }

  /** The customer of a pending enrolment proved the mobile number with the code sent there. */
  public void proveMobile() {
    requireStatus(IdentityStatus.PENDING);
    mobileVerified = true;
  }

  /** The customer of a pending enrolment proved the e-mail address with the code sent there. */
  public void proveEmail() {
    requireStatus(IdentityStatus.PENDING);
    emailVerified = true;
  }

  /** Both contacts proven: the enrolled identity is in force. False while one is missing. */
  public boolean completeEnrolment(Instant now) {
    requireStatus(IdentityStatus.PENDING);
    if (!emailVerified || !mobileVerified) {
      return false;
    }
    changeStatus(IdentityStatus.ACTIVE, null, now);
    return true;
  }

  public String surname() {
    return surname;
  }

  /** Suspension on the holder's request: reversible, by the holder or an operator. */
  public void suspend(String reason, Instant now) {
    requireStatus(IdentityStatus.ACTIVE);
    changeStatus(IdentityStatus.SUSPENDED, reason, now);
  }

  public void reactivate(Instant now) {
    requireStatus(IdentityStatus.SUSPENDED);
    changeStatus(IdentityStatus.ACTIVE, null, now);
  }

  /** Final: a revoked identity is never active again. */
  public void revoke(String reason, Instant now) {
    if (status == IdentityStatus.REVOKED) {
      throw new IllegalStateException("already revoked");
    }
    changeStatus(IdentityStatus.REVOKED, reason, now);
  }

  private void requireStatus(IdentityStatus expected) {
    if (status != expected) {
      throw new IllegalStateException("identity is " + status);
    }
  }

  private void changeStatus(IdentityStatus next, String reason, Instant now) {
    status = next;
    statusReason = reason == null || reason.isBlank() ? null : reason.strip();
    statusChangedAt = now.atOffset(ZoneOffset.UTC);
  }

  /** After a recovery: the holder cannot produce codes, so none is accepted until a new app. */
  public void suspendSecondFactor() {
    secondFactor = SecondFactorStatus.SUSPENDED;
  }

  public void activateSecondFactor() {
    secondFactor = SecondFactorStatus.ACTIVE;
  }

  /** A number proven by a code sent to it. */
  public void changeMobile(String verifiedMobile) {
    mobile = checkedMobile(verifiedMobile);
    mobileVerified = true;
  }

  public void notifyEveryL2Use(boolean notify) {
    l2UseNotice = notify;
  }

  public boolean emailVerified() {
    return emailVerified;
  }

  public boolean mobileVerified() {
    return mobileVerified;
  }

  public Optional<String> codiceFiscale() {
    return Optional.ofNullable(codiceFiscale);
  }

  public Long id() {
    return id;
  }

  public String mobile() {
    return mobile;
  }

  public SecondFactorStatus secondFactor() {
    return secondFactor;
  }

  public boolean l2UseNotice() {
    return l2UseNotice;
  }

  public String givenName() {
    return givenName;
  }

  public String username() {
    return username;
  }

  public String email() {
    return email;
  }

  public IdentityStatus status() {
    return status;
  }
}

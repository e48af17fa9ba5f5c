package io.sigillo.signature.domain.holder;

import io.sigillo.signature.api.ContactKind;
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
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * A change of mobile number or e-mail in progress: the new contact, and how its code is checked. A
 * new mobile gets its code from the OTP registry's SMS codes ({@code smsChallengeId}); a new e-mail
 * address gets a code of this module, kept only as a keyed hash with its own attempt count and
 * expiry.
 */
@Entity
@Table(name = "contact_change")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(
    name = "tenant_id",
    contextProperty = "eclipselink.tenant-id",
    length = 40)
@NamedQuery(
    name = "ContactChange.byReference",
    query = "select c from ContactChange c where c.reference = :reference")
@NamedQuery(
    name = "ContactChange.openOf",
    query = "select c from ContactChange c where c.holderId = :holder and c.status = :status")
@NamedQuery(
    name = "ContactChange.startedSince",
    query =
        "select count(c) from ContactChange c where c.holderId = :holder and c.createdAt >= :since")
public class ContactChange {

  /** Wrong e-mail codes tolerated before the change accepts none. */
  public static final int EMAIL_ATTEMPTS = 5;

  /** Where the change is. */
  public enum Status {
    OPEN,
    DONE,
    CANCELLED,
    EXHAUSTED
  }

  @Id
  @SequenceGenerator(
      name = "contact_change_seq",
      sequenceName = "contact_change_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "contact_change_seq")
  private Long id;

  @Column(nullable = false, length = 64, unique = true)
  private String reference;

  @Column(name = "holder_id", nullable = false)
  private long holderId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 8)
  private ContactKind kind;

  @Column(name = "new_value", nullable = false, length = 254)
  private String newValue;

  @Column(name = "sms_challenge_id", length = 64)
  private String smsChallengeId;

  @Column(name = "code_hash", length = 64)
  private String codeHash;

  @Column(name = "attempts_left", nullable = false)
  private int attemptsLeft;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 12)
  private Status status;

  @Column(name = "expires_at", nullable = false)
  private OffsetDateTime expiresAt;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  @Version private long version;

  protected ContactChange() {}

  public static ContactChange ofMobile(
      String reference,
      long holderId,
      String mobile,
      String smsChallengeId,
      Instant expiresAt,
      Instant now) {
    ContactChange change = base(reference, holderId, ContactKind.MOBILE, mobile, expiresAt, now);
    change.smsChallengeId = smsChallengeId;
    return change;
  }

  public static ContactChange ofEmail(
      String reference,
      long holderId,
      String email,
      String codeHash,
      Instant expiresAt,
      Instant now) {
    ContactChange change = base(reference, holderId, ContactKind.EMAIL, email, expiresAt, now);
    change.codeHash = codeHash;
    change.attemptsLeft = EMAIL_ATTEMPTS;
    return change;
  }

  private static ContactChange base(
      String reference,
      long holderId,
      ContactKind kind,
      String value,
      Instant expiresAt,
      Instant now) {
    ContactChange change = new ContactChange();
    change.reference = reference;
    change.holderId = holderId;
    change.kind = kind;
    change.newValue = value;
    change.status = Status.OPEN;
    change.expiresAt = expiresAt.atOffset(ZoneOffset.UTC);
    change.createdAt = now.atOffset(ZoneOffset.UTC);
    return change;
  }

  /** A wrong e-mail code: one attempt fewer, and none left means the change is exhausted. */
  public int wrongCode() {
    attemptsLeft = Math.max(0, attemptsLeft - 1);
    if (attemptsLeft == 0) {
      status = Status.EXHAUSTED;
    }
    return attemptsLeft;
  }

  public void done() {
    status = Status.DONE;
  }

  /** Superseded by a newer change of the same holder. */
  public void cancel() {
    status = Status.CANCELLED;
  }

  public boolean expiredAt(Instant now) {
    return !now.isBefore(expiresAt.toInstant());
  }

  public String reference() {
    return reference;
  }

  public long holderId() {
    return holderId;
  }

  public ContactKind kind() {
    return kind;
  }

  public String newValue() {
    return newValue;
  }

  public Optional<String> smsChallengeId() {
    return Optional.ofNullable(smsChallengeId);
  }

  public Optional<String> codeHash() {
    return Optional.ofNullable(codeHash);
  }

  public Status status() {
    return status;
  }

  public Instant expiresAt() {
    return expiresAt.toInstant();
  }
}

package io.sigillo.signature.domain.holder;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
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
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * A holder's emergency code: only its Argon2id hash. {@value #THRESHOLD} wrong codes in a row lock
 * it for {@link #LOCK}; while locked even the right code is refused, so guessing gains nothing.
 */
@Entity
@Table(name = "sign_emergency_code")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(
    name = "tenant_id",
    contextProperty = "eclipselink.tenant-id",
    length = 40)
@NamedQuery(
    name = "EmergencyCode.ofHolder",
    query = "select e from EmergencyCode e where e.holderId = :holder")
public class EmergencyCode {

  public static final int THRESHOLD = 5;
  public static final Duration LOCK = Duration.ofMinutes(15);

  @Id
  @SequenceGenerator(
      name = "sign_emergency_code_seq",
      sequenceName = "sign_emergency_code_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sign_emergency_code_seq")
  private Long id;

  @Column(name = "holder_id", nullable = false)
  private long holderId;

  @Column(name = "code_hash", nullable = false, length = 200)
  private String codeHash;

  @Column(nullable = false)
  private int failures;

  @Column(name = "locked_until")
  private OffsetDateTime lockedUntil;

  @Column(name = "issued_at", nullable = false)
  private OffsetDateTime issuedAt;

  @Column(name = "last_used_at")
  private OffsetDateTime lastUsedAt;

  @Version private long version;

  protected EmergencyCode() {}

  public EmergencyCode(long holderId, String codeHash, Instant now) {
    this.holderId = holderId;
    this.codeHash = Objects.requireNonNull(codeHash);
    this.issuedAt = utc(now);
  }

  public boolean lockedAt(Instant now) {
    return lockedUntil != null && now.isBefore(lockedUntil.toInstant());
  }

  /** A wrong code: counts, and locks at the threshold. */
  public void wrong(Instant now) {
    failures++;
    if (failures >= THRESHOLD) {
      lockedUntil = utc(now.plus(LOCK));
      failures = 0;
    }
  }

  /** The right code, used: the count starts again. */
  public void used(Instant now) {
    failures = 0;
    lastUsedAt = utc(now);
  }

  public long holderId() {
    return holderId;
  }

  public String codeHash() {
    return codeHash;
  }

  private static OffsetDateTime utc(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }
}

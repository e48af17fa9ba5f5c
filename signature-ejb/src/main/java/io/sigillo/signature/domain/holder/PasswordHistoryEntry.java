package io.sigillo.signature.domain.holder;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * One of a holder's earlier remote-signature passwords, as its Argon2id hash only: what a new
 * password is compared with so that the tenant's history rule can refuse a reuse.
 */
@Entity
@Table(name = "holder_password")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(
    name = "tenant_id",
    contextProperty = "eclipselink.tenant-id",
    length = 40)
@NamedQuery(
    name = "PasswordHistoryEntry.newestOf",
    query = "select p from PasswordHistoryEntry p where p.holderId = :holder order by p.id desc")
public class PasswordHistoryEntry {

  @Id
  @SequenceGenerator(
      name = "holder_password_seq",
      sequenceName = "holder_password_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "holder_password_seq")
  private Long id;

  @Column(name = "holder_id", nullable = false)
  private long holderId;

  @Column(name = "password_hash", nullable = false, length = 200)
  private String passwordHash;

  @Column(name = "retired_at", nullable = false)
  private OffsetDateTime retiredAt;

  protected PasswordHistoryEntry() {}

  public PasswordHistoryEntry(long holderId, String passwordHash, Instant retiredAt) {
    this.holderId = holderId;
    this.passwordHash = Objects.requireNonNull(passwordHash, "passwordHash");
    this.retiredAt = retiredAt.atOffset(ZoneOffset.UTC);
  }

  public String passwordHash() {
    return passwordHash;
  }
}

package io.sigillo.identity.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * The activation link of an enrolled customer: only the SHA-256 of its token is stored. Used up by
 * a conditional update ({@code used_at is null}), so two uses of one link set one password.
 */
@Entity
@Table(name = "identity_activation")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(
    name = "tenant_id",
    contextProperty = "eclipselink.tenant-id",
    length = 40)
@NamedQuery(
    name = "AccountActivation.byHash",
    query = "select a from AccountActivation a where a.tokenHash = :hash")
@NamedQuery(
    name = "AccountActivation.use",
    query =
        "update AccountActivation a set a.usedAt = :now where a.id = :id and a.usedAt is null"
            + " and a.expiresAt > :now")
@NamedQuery(
    name = "AccountActivation.supersede",
    query =
        "update AccountActivation a set a.expiresAt = :now where a.identityId = :identity"
            + " and a.usedAt is null and a.expiresAt > :now")
public class AccountActivation {

  @Id
  @Column(length = 36)
  private String id;

  @Column(name = "identity_id", nullable = false)
  private long identityId;

  @Column(name = "token_hash", nullable = false, length = 64)
  private String tokenHash;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  @Column(name = "expires_at", nullable = false)
  private OffsetDateTime expiresAt;

  @Column(name = "used_at")
  private OffsetDateTime usedAt;

  protected AccountActivation() {}

  public AccountActivation(
      String id, long identityId, String tokenHash, Instant now, Duration validity) {
    this.id = id;
    this.identityId = identityId;
    this.tokenHash = tokenHash;
    this.createdAt = now.atOffset(ZoneOffset.UTC);
    this.expiresAt = now.plus(validity).atOffset(ZoneOffset.UTC);
  }

  public String id() {
    return id;
  }

  public long identityId() {
    return identityId;
  }

  public boolean used() {
    return usedAt != null;
  }

  public boolean expired(Instant now) {
    return !now.isBefore(expiresAt.toInstant());
  }
}

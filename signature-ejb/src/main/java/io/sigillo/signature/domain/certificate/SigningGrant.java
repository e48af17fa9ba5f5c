package io.sigillo.signature.domain.certificate;

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
import java.util.Optional;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * One signature allowed over one document with one certificate (a signing authorisation). Only the
 * hash of the id handed to the caller is kept. Consumption is a conditional UPDATE in the
 * repository, never a change of a loaded instance, so two requests cannot both use it.
 */
@Entity
@Table(name = "sign_authorisation")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(
    name = "tenant_id",
    contextProperty = "eclipselink.tenant-id",
    length = 40)
@NamedQuery(
    name = "SigningGrant.byToken",
    query = "select g from SigningGrant g where g.tokenHash = :hash")
public class SigningGrant {

  @Id
  @SequenceGenerator(
      name = "sign_authorisation_seq",
      sequenceName = "sign_authorisation_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sign_authorisation_seq")
  private Long id;

  @Column(name = "token_hash", nullable = false, length = 64)
  private String tokenHash;

  @Column(name = "certificate_id", nullable = false)
  private long certificateId;

  @Column(name = "document_sha256", nullable = false, length = 64)
  private String documentSha256;

  @Column(nullable = false, length = 200)
  private String actor;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  @Column(name = "expires_at", nullable = false)
  private OffsetDateTime expiresAt;

  @Column(name = "used_at")
  private OffsetDateTime usedAt;

  protected SigningGrant() {}

  public SigningGrant(
      String tokenHash,
      long certificateId,
      String documentSha256,
      String actor,
      Instant createdAt,
      Instant expiresAt) {
    this.tokenHash = Objects.requireNonNull(tokenHash);
    this.certificateId = certificateId;
    this.documentSha256 = Objects.requireNonNull(documentSha256);
    this.actor = Objects.requireNonNull(actor);
    this.createdAt = createdAt.atOffset(ZoneOffset.UTC);
    this.expiresAt = expiresAt.atOffset(ZoneOffset.UTC);
  }

  public long id() {
    return id;
  }

  public long certificateId() {
    return certificateId;
  }

  public String documentSha256() {
    return documentSha256;
  }

  public Instant expiresAt() {
    return expiresAt.toInstant();
  }

  public Optional<Instant> usedAt() {
    return Optional.ofNullable(usedAt).map(OffsetDateTime::toInstant);
  }
}

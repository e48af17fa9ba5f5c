package io.sigillo.signature.domain.certificate;

import io.sigillo.signature.api.CertificateStatus;
import io.sigillo.signature.api.RevocationReason;
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
import java.util.Objects;
import java.util.Optional;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * A holder's signing certificate and its life cycle: active → suspended ⇄ active, active or
 * suspended → revoked (final); expired once notAfter has passed, whatever the stored state. The
 * private key is in the key store under {@link #keyAlias()}.
 */
@Entity
@Table(name = "sign_certificate")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(
    name = "tenant_id",
    contextProperty = "eclipselink.tenant-id",
    length = 40)
@NamedQuery(
    name = "HolderCertificate.byHolder",
    query = "select c from HolderCertificate c where c.holderId = :holder order by c.id desc")
@NamedQuery(
    name = "HolderCertificate.onCrl",
    query =
        "select c from HolderCertificate c where c.caId = :ca and c.status <>"
            + " io.sigillo.signature.domain.certificate.StoredStatus.ACTIVE order by c.id")
@NamedQuery(
    name = "HolderCertificate.bySerial",
    query = "select c from HolderCertificate c where c.serialNumber = :serial")
public class HolderCertificate {

  @Id
  @SequenceGenerator(
      name = "sign_certificate_seq",
      sequenceName = "sign_certificate_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sign_certificate_seq")
  private Long id;

  @Column(name = "ca_id", nullable = false)
  private long caId;

  @Column(name = "holder_id", nullable = false)
  private long holderId;

  @Column(name = "serial_number", nullable = false, length = 64)
  private String serialNumber;

  @Column(nullable = false, length = 500)
  private String subject;

  @Column(name = "codice_fiscale", nullable = false, length = 16)
  private String codiceFiscale;

  @Column(name = "key_alias", nullable = false, length = 100)
  private String keyAlias;

  @Column(nullable = false)
  private byte[] certificate;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private StoredStatus status;

  @Column(name = "not_before", nullable = false)
  private OffsetDateTime notBefore;

  @Column(name = "not_after", nullable = false)
  private OffsetDateTime notAfter;

  @Enumerated(EnumType.STRING)
  @Column(name = "revocation_reason", length = 32)
  private RevocationReason revocationReason;

  @Column(name = "status_changed_at")
  private OffsetDateTime statusChangedAt;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  @Version private long version;

  protected HolderCertificate() {}

  public HolderCertificate(
      long caId,
      long holderId,
      String serialNumber,
      String subject,
      String codiceFiscale,
      String keyAlias,
      byte[] certificate,
      Instant notBefore,
      Instant notAfter,
      Instant createdAt) {
    this.caId = caId;
    this.holderId = holderId;
    this.serialNumber = Objects.requireNonNull(serialNumber);
    this.subject = Objects.requireNonNull(subject);
    this.codiceFiscale = Objects.requireNonNull(codiceFiscale);
    this.keyAlias = Objects.requireNonNull(keyAlias);
    this.certificate = certificate.clone();
    this.notBefore = utc(notBefore);
    this.notAfter = utc(notAfter);
    this.createdAt = utc(createdAt);
    this.status = StoredStatus.ACTIVE;
  }

  /** The status as the world sees it at {@code now}. */
  public CertificateStatus status(Instant now) {
    if (status == StoredStatus.REVOKED) {
      return CertificateStatus.REVOKED;
    }
    if (!now.isBefore(notAfter.toInstant())) {
      return CertificateStatus.EXPIRED;
    }
    return status == StoredStatus.SUSPENDED
        ? CertificateStatus.SUSPENDED
        : CertificateStatus.ACTIVE;
  }

  /**
   * Puts it on hold.
   *
   * @return false if the transition is not allowed from the current status
   */
  public boolean suspend(Instant now) {
    if (status(now) != CertificateStatus.ACTIVE) {
      return false;
    }
    status = StoredStatus.SUSPENDED;
    statusChangedAt = utc(now);
    return true;
  }

  public boolean reactivate(Instant now) {
    if (status(now) != CertificateStatus.SUSPENDED) {
      return false;
    }
    status = StoredStatus.ACTIVE;
    statusChangedAt = utc(now);
    return true;
  }

  /** Revokes an active or suspended certificate; an expired one is left alone (it is dead). */
  public boolean revoke(RevocationReason reason, Instant now) {
    CertificateStatus current = status(now);
    if (current != CertificateStatus.ACTIVE && current != CertificateStatus.SUSPENDED) {
      return false;
    }
    status = StoredStatus.REVOKED;
    revocationReason = Objects.requireNonNull(reason);
    statusChangedAt = utc(now);
    return true;
  }

  public long id() {
    return id;
  }

  public long caId() {
    return caId;
  }

  public long holderId() {
    return holderId;
  }

  public String serialNumber() {
    return serialNumber;
  }

  public String subject() {
    return subject;
  }

  public String codiceFiscale() {
    return codiceFiscale;
  }

  public String keyAlias() {
    return keyAlias;
  }

  public byte[] certificate() {
    return certificate.clone();
  }

  public StoredStatus storedStatus() {
    return status;
  }

  public Instant notBefore() {
    return notBefore.toInstant();
  }

  public Instant notAfter() {
    return notAfter.toInstant();
  }

  public Optional<RevocationReason> revocationReason() {
    return Optional.ofNullable(revocationReason);
  }

  public Optional<Instant> statusChangedAt() {
    return Optional.ofNullable(statusChangedAt).map(OffsetDateTime::toInstant);
  }

  private static OffsetDateTime utc(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }
}

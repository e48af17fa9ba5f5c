package io.sigillo.signature.domain.certificate;

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
import java.util.Optional;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * A tenant's certification authority: its certificate (public) and the alias of its key in the key
 * store, and the CRL it last published. One per tenant.
 */
@Entity
@Table(name = "sign_ca")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(
    name = "tenant_id",
    contextProperty = "eclipselink.tenant-id",
    length = 40)
@NamedQuery(name = "TenantCa.current", query = "select c from TenantCa c")
public class TenantCa {

  /**
   * A CRL is republished when half of its life has passed, so relying parties never see a stale
   * one.
   */
  public static final Duration CRL_LIFETIME = Duration.ofHours(24);

  @Id
  @SequenceGenerator(name = "sign_ca_seq", sequenceName = "sign_ca_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sign_ca_seq")
  private Long id;

  @Column(name = "key_alias", nullable = false, length = 100)
  private String keyAlias;

  @Column(nullable = false, length = 500)
  private String subject;

  @Column(nullable = false)
  private byte[] certificate;

  @Column(name = "not_after", nullable = false)
  private OffsetDateTime notAfter;

  @Column(name = "crl_number", nullable = false)
  private long crlNumber;

  private byte[] crl;

  @Column(name = "crl_this_update")
  private OffsetDateTime crlThisUpdate;

  @Column(name = "crl_next_update")
  private OffsetDateTime crlNextUpdate;

  @Column(name = "crl_stale", nullable = false)
  private boolean crlStale;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  @Version private long version;

  protected TenantCa() {}

  public TenantCa(
      String keyAlias, String subject, byte[] certificate, Instant notAfter, Instant createdAt) {
    this.keyAlias = Objects.requireNonNull(keyAlias);
    this.subject = Objects.requireNonNull(subject);
    this.certificate = certificate.clone();
    this.notAfter = utc(notAfter);
    this.createdAt = utc(createdAt);
    this.crlStale = true;
  }

  public long id() {
    return id;
  }

  public String keyAlias() {
    return keyAlias;
  }

  public String subject() {
    return subject;
  }

  public byte[] certificate() {
    return certificate.clone();
  }

  public Instant notAfter() {
    return notAfter.toInstant();
  }

  /** Whether the published CRL must be replaced before it is served. */
  public boolean crlDue(Instant now) {
    return crlStale
        || crl == null
        || !now.isBefore(crlThisUpdate.toInstant().plus(CRL_LIFETIME.dividedBy(2)));
  }

  /** A status changed: the next read publishes a new CRL. */
  public void markCrlStale() {
    crlStale = true;
  }

  public long nextCrlNumber() {
    return crlNumber + 1;
  }

  public void published(byte[] newCrl, long number, Instant thisUpdate, Instant nextUpdate) {
    this.crl = newCrl.clone();
    this.crlNumber = number;
    this.crlThisUpdate = utc(thisUpdate);
    this.crlNextUpdate = utc(nextUpdate);
    this.crlStale = false;
  }

  public Optional<byte[]> crl() {
    return Optional.ofNullable(crl).map(byte[]::clone);
  }

  private static OffsetDateTime utc(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }
}

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
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * One holder's hold on a mobile number or e-mail address, platform-wide. Deliberately NOT
 * tenant-filtered: uniqueness must hold across tenants, while holders are visible only inside their
 * own. The contact itself is not stored here, only its keyed hash (HMAC-SHA256 of the normal form
 * under a platform key), so this cross-tenant table reveals no contact to anyone reading it; a
 * plain hash would not do, as the space of mobile numbers is small enough to enumerate. A unique
 * index on (kind, fingerprint) makes two concurrent claims of one contact impossible.
 */
@Entity
@Table(name = "contact_claim")
@NamedQuery(
    name = "ContactClaim.byFingerprint",
    query = "select c from ContactClaim c where c.kind = :kind and c.fingerprint = :fingerprint")
@NamedQuery(
    name = "ContactClaim.ofHolder",
    query =
        "select c from ContactClaim c where c.ownerTenant = :tenant and c.holderId = :holder"
            + " and c.kind = :kind")
public class ContactClaim {

  @Id
  @SequenceGenerator(
      name = "contact_claim_seq",
      sequenceName = "contact_claim_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "contact_claim_seq")
  private Long id;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 8)
  private ContactKind kind;

  @Column(nullable = false, length = 64)
  private String fingerprint;

  @Column(name = "owner_tenant", nullable = false, length = 40)
  private String ownerTenant;

  @Column(name = "holder_id", nullable = false)
  private long holderId;

  @Column(name = "claimed_at", nullable = false)
  private OffsetDateTime claimedAt;

  protected ContactClaim() {}

  public ContactClaim(
      ContactKind kind, String fingerprint, String ownerTenant, long holderId, Instant now) {
    this.kind = kind;
    this.fingerprint = fingerprint;
    this.ownerTenant = ownerTenant;
    this.holderId = holderId;
    this.claimedAt = now.atOffset(ZoneOffset.UTC);
  }

  /** Whether this claim is the given holder's own (a holder may keep or re-enter a contact). */
  public boolean heldBy(String tenant, long holder) {
    return ownerTenant.equals(tenant) && holderId == holder;
  }
}

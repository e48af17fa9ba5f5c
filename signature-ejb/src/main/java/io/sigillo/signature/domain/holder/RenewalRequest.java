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
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * A completed renewal: the renewal request form as the holder signed it with the old certificate,
 * kept as the evidence that the holder asked for the new one.
 */
@Entity
@Table(name = "renewal_request")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(
    name = "tenant_id",
    contextProperty = "eclipselink.tenant-id",
    length = 40)
@NamedQuery(
    name = "RenewalRequest.latestOf",
    query = "select r from RenewalRequest r where r.holderId = :holder order by r.id desc")
public class RenewalRequest {

  @Id
  @SequenceGenerator(
      name = "renewal_request_seq",
      sequenceName = "renewal_request_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "renewal_request_seq")
  private Long id;

  @Column(name = "holder_id", nullable = false)
  private long holderId;

  @Column(name = "old_certificate_id", nullable = false)
  private long oldCertificateId;

  @Column(name = "new_certificate_id", nullable = false)
  private long newCertificateId;

  @Column(name = "signed_form", nullable = false)
  private byte[] signedForm;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  protected RenewalRequest() {}

  public RenewalRequest(
      long holderId, long oldCertificateId, long newCertificateId, byte[] signedForm, Instant now) {
    this.holderId = holderId;
    this.oldCertificateId = oldCertificateId;
    this.newCertificateId = newCertificateId;
    this.signedForm = signedForm.clone();
    this.createdAt = now.atOffset(ZoneOffset.UTC);
  }

  public byte[] signedForm() {
    return signedForm.clone();
  }
}

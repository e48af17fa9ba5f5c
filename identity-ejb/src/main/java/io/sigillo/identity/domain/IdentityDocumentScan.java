package io.sigillo.identity.domain;

import io.sigillo.identity.api.ProofingRecord;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * A scan of the document of a proofing record, kept only as ciphertext of the platform's secret
 * cipher bound to the tenant and this row's id (so the id is drawn before the content is sealed).
 * The id of the key it is sealed under is kept beside it, for key rotation; rows stored before that
 * column existed have none.
 */
@Entity
@Table(name = "identity_document_scan")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(
    name = "tenant_id",
    contextProperty = "eclipselink.tenant-id",
    length = 40)
@NamedQuery(
    name = "IdentityDocumentScan.byProofing",
    query = "select s from IdentityDocumentScan s where s.proofingId = :proofing order by s.id")
public class IdentityDocumentScan {

  /** The kind the scans are sealed under. */
  public static final String SEALED_KIND = "identity-document-scan";

  @Id private Long id;

  @Column(name = "proofing_id", nullable = false)
  private long proofingId;

  @Column(name = "file_name", nullable = false, length = 120)
  private String fileName;

  @Column(name = "content_type", nullable = false, length = 40)
  private String contentType;

  @Column(name = "size_bytes", nullable = false)
  private int sizeBytes;

  @Column(name = "sealed_content", nullable = false)
  private byte[] sealedContent;

  @Column(name = "sealed_key_id", length = 32)
  private String sealedKeyId;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  protected IdentityDocumentScan() {}

  public IdentityDocumentScan(
      long id,
      long proofingId,
      String fileName,
      String contentType,
      int sizeBytes,
      byte[] sealedContent,
      String sealedKeyId,
      Instant now) {
    this.id = id;
    this.proofingId = proofingId;
    this.fileName = fileName;
    this.contentType = contentType;
    this.sizeBytes = sizeBytes;
    this.sealedContent = sealedContent.clone();
    this.sealedKeyId = sealedKeyId;
    this.createdAt = now.atOffset(ZoneOffset.UTC);
  }

  public ProofingRecord.ScanInfo info() {
    return new ProofingRecord.ScanInfo(id, fileName, contentType, sizeBytes);
  }

  public Long id() {
    return id;
  }

  public long proofingId() {
    return proofingId;
  }

  public String fileName() {
    return fileName;
  }

  public String contentType() {
    return contentType;
  }

  public byte[] sealedContent() {
    return sealedContent.clone();
  }
}

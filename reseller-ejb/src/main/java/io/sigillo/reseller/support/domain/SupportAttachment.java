package io.sigillo.reseller.support.domain;

import io.sigillo.reseller.support.api.Screenshot;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/** A screenshot attached to a support request, stored re-encoded (no metadata). */
@Entity
@Table(name = "support_attachment")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(
    name = "tenant_id",
    contextProperty = "eclipselink.tenant-id",
    length = 40)
@NamedQuery(
    name = "SupportAttachment.ofRequest",
    query = "select a from SupportAttachment a where a.requestId = :request order by a.id")
public class SupportAttachment {

  @Id
  // the generator is declared on SupportRequest: one sequence for the three tables
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "support_seq")
  private Long id;

  @Column(name = "request_id", nullable = false)
  private Long requestId;

  @Column(name = "media_type", nullable = false, length = 40)
  private String mediaType;

  @Column(nullable = false)
  private byte[] content;

  @Column(nullable = false)
  private int width;

  @Column(nullable = false)
  private int height;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  protected SupportAttachment() {}

  public SupportAttachment(
      Long requestId,
      String mediaType,
      byte[] content,
      int width,
      int height,
      OffsetDateTime createdAt) {
    this.requestId = requestId;
    this.mediaType = mediaType;
    this.content = content.clone();
    this.width = width;
    this.height = height;
    this.createdAt = createdAt;
  }

  public Screenshot view() {
    return new Screenshot(mediaType, content.clone(), width, height);
  }
}

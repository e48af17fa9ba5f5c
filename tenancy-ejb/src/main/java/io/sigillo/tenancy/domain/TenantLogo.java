package io.sigillo.tenancy.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/**
 * A tenant's uploaded logo, already checked (PNG re-encoded, SVG without active content). Platform
 * owned like the tenant itself, keyed by the tenant's slug.
 */
@Entity
@Table(name = "tenant_logo")
public class TenantLogo {

  @Id
  @Column(name = "tenant_id", length = 40)
  private String tenantId;

  @Column(name = "media_type", nullable = false, length = 40)
  private String mediaType;

  @Column(nullable = false)
  private byte[] content;

  @Column(name = "updated_at", nullable = false)
  private OffsetDateTime updatedAt;

  protected TenantLogo() {}

  public TenantLogo(String tenantId, String mediaType, byte[] content, OffsetDateTime updatedAt) {
    this.tenantId = tenantId;
    replace(mediaType, content, updatedAt);
  }

  public void replace(String mediaType, byte[] content, OffsetDateTime updatedAt) {
    this.mediaType = mediaType;
    this.content = content.clone();
    this.updatedAt = updatedAt;
  }

  public String mediaType() {
    return mediaType;
  }

  public byte[] content() {
    return content.clone();
  }

  public OffsetDateTime updatedAt() {
    return updatedAt;
  }
}

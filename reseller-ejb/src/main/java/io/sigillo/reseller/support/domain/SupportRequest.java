package io.sigillo.reseller.support.domain;

import io.sigillo.reseller.support.api.NewSupportRequest;
import io.sigillo.reseller.support.api.SupportStatus;
import io.sigillo.reseller.support.api.SupportSummary;
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
import java.time.OffsetDateTime;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/** A person's request for help on one tenant's portal. */
@Entity
@Table(name = "support_request")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(
    name = "tenant_id",
    contextProperty = "eclipselink.tenant-id",
    length = 40)
@NamedQuery(
    name = "SupportRequest.byRequester",
    query = "select r from SupportRequest r where r.requester = :requester order by r.id desc")
@NamedQuery(
    name = "SupportRequest.all",
    query = "select r from SupportRequest r order by r.id desc")
public class SupportRequest {

  @Id
  @SequenceGenerator(name = "support_seq", sequenceName = "support_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "support_seq")
  private Long id;

  @Column(nullable = false, length = 200)
  private String requester;

  @Column(name = "error_code", length = 20)
  private String errorCode;

  @Column(name = "correlation_id", length = 64)
  private String correlationId;

  @Column(nullable = false, length = 60)
  private String os;

  @Column(nullable = false, length = 60)
  private String browser;

  @Column(nullable = false, length = 4000)
  private String description;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private SupportStatus status;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  @Column(name = "updated_at", nullable = false)
  private OffsetDateTime updatedAt;

  @Version private long version;

  protected SupportRequest() {}

  public SupportRequest(String requester, NewSupportRequest request, OffsetDateTime now) {
    this.requester = requester;
    errorCode = request.errorCode();
    correlationId = request.correlationId();
    os = request.os();
    browser = request.browser();
    description = request.description();
    status = SupportStatus.OPEN;
    createdAt = now;
    updatedAt = now;
  }

  public void answered(boolean byOperator, OffsetDateTime now) {
    status = byOperator ? SupportStatus.ANSWERED : SupportStatus.OPEN;
    updatedAt = now;
  }

  /** Closes the request; {@code false} when it was closed already (nothing changes). */
  public boolean close(OffsetDateTime now) {
    if (status == SupportStatus.CLOSED) {
      return false;
    }
    status = SupportStatus.CLOSED;
    updatedAt = now;
    return true;
  }

  /** Reopens a closed request, waiting for the operators again; {@code false} when it was open. */
  public boolean reopen(OffsetDateTime now) {
    if (status != SupportStatus.CLOSED) {
      return false;
    }
    status = SupportStatus.OPEN;
    updatedAt = now;
    return true;
  }

  public boolean closed() {
    return status == SupportStatus.CLOSED;
  }

  public Long id() {
    return id;
  }

  public String requester() {
    return requester;
  }

  public SupportSummary summary(boolean hasScreenshot) {
    return new SupportSummary(
        id,
        requester,
        errorCode,
        correlationId,
        os,
        browser,
        description,
        status,
        createdAt,
        updatedAt,
        hasScreenshot);
  }
}

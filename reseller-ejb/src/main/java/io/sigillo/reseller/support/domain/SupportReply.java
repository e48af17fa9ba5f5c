package io.sigillo.reseller.support.domain;

import io.sigillo.reseller.support.api.SupportDetail;
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

/** One message in a support request's conversation. */
@Entity
@Table(name = "support_reply")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(
    name = "tenant_id",
    contextProperty = "eclipselink.tenant-id",
    length = 40)
@NamedQuery(
    name = "SupportReply.ofRequest",
    query = "select r from SupportReply r where r.requestId = :request order by r.id")
public class SupportReply {

  @Id
  // the generator is declared on SupportRequest: one sequence for the three tables
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "support_seq")
  private Long id;

  @Column(name = "request_id", nullable = false)
  private Long requestId;

  @Column(nullable = false, length = 200)
  private String author;

  @Column(name = "from_operator", nullable = false)
  private boolean fromOperator;

  @Column(nullable = false, length = 4000)
  private String body;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  protected SupportReply() {}

  public SupportReply(
      Long requestId, String author, boolean fromOperator, String body, OffsetDateTime now) {
    this.requestId = requestId;
    this.author = author;
    this.fromOperator = fromOperator;
    this.body = body;
    this.createdAt = now;
  }

  public SupportDetail.Reply view() {
    return new SupportDetail.Reply(author, fromOperator, body, createdAt);
  }
}

package io.sigillo.reseller.guide.domain;

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

/** One person's vote on one guide; voting again replaces it (unique per tenant, guide, voter). */
@Entity
@Table(name = "guide_feedback")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(
    name = "tenant_id",
    contextProperty = "eclipselink.tenant-id",
    length = 40)
@NamedQuery(
    name = "GuideFeedback.ofVoter",
    query = "select f from GuideFeedback f where f.guideSlug = :slug and f.voter = :voter")
@NamedQuery(
    name = "GuideFeedback.ofGuide",
    query = "select f from GuideFeedback f where f.guideSlug = :slug order by f.id desc")
public class GuideFeedback {

  @Id
  // the generator is declared on Guide: one sequence for both tables
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "guide_seq")
  private Long id;

  @Column(name = "guide_slug", nullable = false, length = 80)
  private String guideSlug;

  @Column(nullable = false, length = 200)
  private String voter;

  @Column(nullable = false)
  private int rating;

  @Column(length = 1000)
  private String comment;

  @Column(name = "voted_at", nullable = false)
  private OffsetDateTime votedAt;

  protected GuideFeedback() {}

  public GuideFeedback(String guideSlug, String voter) {
    this.guideSlug = guideSlug;
    this.voter = voter;
  }

  public void vote(int rating, String comment, OffsetDateTime now) {
    this.rating = rating;
    this.comment = comment;
    this.votedAt = now;
  }

  public int rating() {
    return rating;
  }

  public String comment() {
    return comment;
  }
}

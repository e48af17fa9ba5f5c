package io.sigillo.reseller.guide.domain;

import io.sigillo.reseller.guide.api.GuideText;
import io.sigillo.reseller.guide.api.GuideView;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
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

/** A tenant's own guide in one language: added by its operators or an edited platform guide. */
@Entity
@Table(name = "guide")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(
    name = "tenant_id",
    contextProperty = "eclipselink.tenant-id",
    length = 40)
@NamedQuery(
    name = "Guide.byLang",
    query = "select g from Guide g where g.lang = :lang order by g.slug")
@NamedQuery(
    name = "Guide.bySlug",
    query = "select g from Guide g where g.slug = :slug and g.lang = :lang")
public class Guide {

  @Id
  @SequenceGenerator(name = "guide_seq", sequenceName = "guide_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "guide_seq")
  private Long id;

  @Column(nullable = false, length = 80)
  private String slug;

  @Column(nullable = false, length = 2)
  private String lang;

  @Column(nullable = false, length = 200)
  private String title;

  @Column(nullable = false, length = 20000)
  private String body;

  @Column(name = "updated_by", nullable = false, length = 200)
  private String updatedBy;

  @Column(name = "updated_at", nullable = false)
  private OffsetDateTime updatedAt;

  @Version private long version;

  protected Guide() {}

  public Guide(String slug, String lang) {
    this.slug = slug;
    this.lang = lang;
  }

  public void write(GuideText text, String author, OffsetDateTime now) {
    title = text.title();
    body = text.body();
    updatedBy = author;
    updatedAt = now;
  }

  public String slug() {
    return slug;
  }

  public GuideView view() {
    return new GuideView(slug, lang, title, body, Markdown.toHtml(body), false);
  }
}

package io.sigillo.reseller.guide.application;

import io.sigillo.core.audit.Actor;
import io.sigillo.core.audit.AuditEvent;
import io.sigillo.core.audit.AuditLog;
import io.sigillo.core.audit.AuditSubject;
import io.sigillo.core.error.SigilloException;
import io.sigillo.core.security.Roles;
import io.sigillo.core.tenant.TenantId;
import io.sigillo.reseller.api.ResellerError;
import io.sigillo.reseller.guide.api.FeedbackSummary;
import io.sigillo.reseller.guide.api.GuideText;
import io.sigillo.reseller.guide.api.GuideView;
import io.sigillo.reseller.guide.api.HelpCentre;
import io.sigillo.reseller.guide.domain.Guide;
import io.sigillo.reseller.guide.domain.GuideFeedback;
import io.sigillo.reseller.guide.domain.Markdown;
import io.sigillo.reseller.infrastructure.persistence.ResellerTenantBinding;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A tenant's help centre: its own guides over the platform's (same slug and language: the tenant's
 * wins), feedback one vote per person per guide, and the operators' edits (audited).
 */
@Stateless
@Interceptors(ResellerTenantBinding.class)
@DeclareRoles({Roles.USER, Roles.OPERATOR, Roles.PLATFORM_ADMIN, Roles.SERVICE, Roles.SYSTEM})
// editing guides is the tenant operators' work
@RolesAllowed({Roles.OPERATOR, Roles.SYSTEM})
public class HelpCentreBean implements HelpCentre {

  // native SQL next to multitenant entities needs EclipseLink's explicit consent
  private static final String ALLOW_NATIVE = "eclipselink.jdbc.allow-native-sql-query";
  private static final Pattern SLUG = Pattern.compile("[a-z0-9]([a-z0-9-]{0,78}[a-z0-9])?");

  @PersistenceContext(unitName = "sigillo-reseller")
  private EntityManager em;

  @Inject private Clock clock;
  @Inject private AuditLog audit;

  // guides are public pages (/guides), read before or without a login
  @PermitAll
  @Override
  public List<GuideView> list(TenantId tenant, String lang) {
    Map<String, GuideView> guides = new LinkedHashMap<>();
    for (String slug : PlatformGuides.SLUGS) {
      PlatformGuides.find(slug, lang)
          .ifPresent(text -> guides.put(slug, platform(slug, lang, text)));
    }
    for (Guide own :
        em.createNamedQuery("Guide.byLang", Guide.class)
            .setParameter("lang", lang)
            .getResultList()) {
      guides.put(own.slug(), own.view());
    }
    return new ArrayList<>(guides.values());
  }

  // guides are public pages (/guides)
  @PermitAll
  @Override
  public Optional<GuideView> find(TenantId tenant, String slug, String lang) {
    if (slug == null || !SLUG.matcher(slug).matches()) {
      return Optional.empty();
    }
    Optional<GuideView> own =
        em.createNamedQuery("Guide.bySlug", Guide.class)
            .setParameter("slug", slug)
            .setParameter("lang", lang)
            .getResultStream()
            .findFirst()
            .map(Guide::view);
    return own.isPresent()
        ? own
        : PlatformGuides.find(slug, lang).map(text -> platform(slug, lang, text));
  }

  @Override
  public GuideView save(TenantId tenant, String slug, String lang, GuideText text, Actor actor) {
    if (slug == null || !SLUG.matcher(slug).matches()) {
      throw new SigilloException(ResellerError.GUIDE_INVALID, "slug");
    }
    if (!"it".equals(lang) && !"en".equals(lang)) {
      throw new SigilloException(ResellerError.GUIDE_INVALID, "lang");
    }
    String title = text.title() == null ? "" : text.title().trim();
    String body = text.body() == null ? "" : text.body().strip();
    if (title.isEmpty() || title.length() > 200) {
      throw new SigilloException(ResellerError.GUIDE_INVALID, "title");
    }
    if (body.isEmpty() || body.length() > 20000) {
      throw new SigilloException(ResellerError.GUIDE_INVALID, "body");
    }
    Guide guide =
        em.createNamedQuery("Guide.bySlug", Guide.class)
            .setParameter("slug", slug)
            .setParameter("lang", lang)
            .getResultStream()
            .findFirst()
            .orElseGet(
                () -> {
                  Guide created = new Guide(slug, lang);
                  em.persist(created);
                  return created;
                });
    guide.write(new GuideText(title, body), actor.name(), clock.instant().atOffset(ZoneOffset.UTC));
    audit.record(
        new AuditEvent(
            Optional.of(tenant),
            actor.name(),
            "guide.saved",
            AuditSubject.of(AuditSubject.Kind.GUIDE, slug + "/" + lang),
            "",
            actor.correlationId(),
            clock.instant()));
    em.flush();
    return guide.view();
  }

  // only a signed-in person votes
  @RolesAllowed({Roles.USER, Roles.OPERATOR, Roles.SYSTEM})
  @Override
  public void vote(TenantId tenant, String slug, int rating, String comment, Actor actor) {
    String voter = actor.name();
    if (rating < 1 || rating > 5) {
      throw new SigilloException(ResellerError.GUIDE_RATING_INVALID);
    }
    if (find(tenant, slug, "it").isEmpty() && find(tenant, slug, "en").isEmpty()) {
      throw new SigilloException(ResellerError.GUIDE_NOT_FOUND);
    }
    String text = comment == null || comment.isBlank() ? null : comment.strip();
    if (text != null && text.length() > 1000) {
      text = text.substring(0, 1000);
    }
    Instant now = clock.instant();
    // The unique index (tenant, guide, voter) decides, not a prior read: of two simultaneous first
    // votes (a double click) one inserts, the other's insert does nothing and it changes the row
    // instead, so the vote counts once and neither request fails. The same SQL runs on H2.
    int inserted =
        em.createNativeQuery(
                "insert into guide_feedback"
                    + " (id, tenant_id, guide_slug, voter, rating, comment, voted_at)"
                    + " values (nextval('guide_seq'), ?, ?, ?, ?, ?, ?) on conflict do nothing")
            .setHint(ALLOW_NATIVE, true)
            .setParameter(1, tenant.value())
            .setParameter(2, slug)
            .setParameter(3, voter)
            .setParameter(4, rating)
            .setParameter(5, text)
            .setParameter(6, Timestamp.from(now))
            .executeUpdate();
    if (inserted == 0) {
      em.createNamedQuery("GuideFeedback.ofVoter", GuideFeedback.class)
          .setParameter("slug", slug)
          .setParameter("voter", voter)
          .getSingleResult()
          .vote(rating, text, now.atOffset(ZoneOffset.UTC));
      em.flush();
    }
  }

  // asked with the signed-in name, and only when there is one (GuideBacking)
  @PermitAll
  @Override
  public Optional<Integer> voteOf(TenantId tenant, String slug, Actor actor) {
    return em.createNamedQuery("GuideFeedback.ofVoter", GuideFeedback.class)
        .setParameter("slug", slug)
        .setParameter("voter", actor.name())
        .getResultStream()
        .findFirst()
        .map(GuideFeedback::rating);
  }

  // the ratings shown on a public guide
  @PermitAll
  @Override
  public FeedbackSummary feedback(TenantId tenant, String slug) {
    List<GuideFeedback> votes =
        em.createNamedQuery("GuideFeedback.ofGuide", GuideFeedback.class)
            .setParameter("slug", slug)
            .getResultList();
    double average = votes.stream().mapToInt(GuideFeedback::rating).average().orElse(0);
    List<FeedbackSummary.Comment> comments =
        votes.stream()
            .filter(v -> v.comment() != null)
            .map(v -> new FeedbackSummary.Comment(v.rating(), v.comment()))
            .toList();
    return new FeedbackSummary(slug, votes.size(), Math.round(average * 10) / 10.0, comments);
  }

  private static GuideView platform(String slug, String lang, GuideText text) {
    return new GuideView(slug, lang, text.title(), text.body(), Markdown.toHtml(text.body()), true);
  }
}

package io.sigillo.reseller.guide.api;

import io.sigillo.core.audit.Actor;
import io.sigillo.core.tenant.TenantId;
import jakarta.ejb.Local;
import java.util.List;
import java.util.Optional;

/**
 * A tenant's help centre: its own guides over the platform's (same slug and language: the tenant's
 * wins), feedback one vote per person per guide, and the operators' edits (audited).
 */
@Local
public interface HelpCentre {

  /** Every guide in a language: the platform's in their order, then the tenant's additions. */
  List<GuideView> list(TenantId tenant, String lang);

  Optional<GuideView> find(TenantId tenant, String slug, String lang);

  /**
   * Adds a guide or replaces the tenant's text of one (an edited platform guide is a copy), in the
   * actor's name.
   */
  GuideView save(TenantId tenant, String slug, String lang, GuideText text, Actor actor);

  /** Records the actor's vote; voting again on the same guide replaces the earlier vote. */
  void vote(TenantId tenant, String slug, int rating, String comment, Actor actor);

  /** The actor's current vote on a guide, if any. */
  Optional<Integer> voteOf(TenantId tenant, String slug, Actor actor);

  /** The votes and comments of one guide. */
  FeedbackSummary feedback(TenantId tenant, String slug);
}

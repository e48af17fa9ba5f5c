package io.sigillo.selfcare.view.guide;

import io.sigillo.core.error.SigilloException;
import io.sigillo.selfcare.error.PortalError;
import io.sigillo.selfcare.guide.GuideView;
import io.sigillo.selfcare.guide.HelpCentre;
import io.sigillo.selfcare.tenant.CurrentTenant;
import io.sigillo.selfcare.view.FacesErrors;
import io.sigillo.selfcare.web.LanguageSelection;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.io.Serializable;
import java.security.Principal;
import java.util.Optional;

/** One guide and its "how useful was this guide?" form (signed-in people, one vote each). */
@Named
@ViewScoped
public class GuideBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private CurrentTenant tenant;
  @Inject private HelpCentre help;
  @Inject private LanguageSelection language;
  @Inject private SecurityContext security;

  private String slug;
  private GuideView guide;
  private Integer rating;
  private String comment;
  private Integer myVote;

  /** View action: the guide named by {@code ?slug=}, in the page's language. */
  public void load() {
    guide =
        help.find(tenant.id(), slug, language.isEnglish() ? "en" : "it")
            .orElseThrow(() -> new SigilloException(PortalError.GUIDE_NOT_FOUND));
    caller()
        .ifPresent(p -> myVote = help.voteOf(tenant.id(), guide.slug(), p.getName()).orElse(null));
  }

  public String vote() {
    FacesErrors.attempt(
        () -> {
          Principal voter =
              caller().orElseThrow(() -> new SigilloException(PortalError.SIGN_IN_TO_VOTE));
          if (rating == null) {
            throw new SigilloException(PortalError.GUIDE_RATING_INVALID);
          }
          help.vote(tenant.id(), guide.slug(), voter.getName(), rating, comment);
          myVote = rating;
          FacesErrors.info(
              FacesContext.getCurrentInstance()
                  .getApplication()
                  .getResourceBundle(FacesContext.getCurrentInstance(), "res")
                  .getString("guide.thanks"));
        });
    return null;
  }

  private Optional<Principal> caller() {
    return Optional.ofNullable(security.getCallerPrincipal());
  }

  public boolean isSignedIn() {
    return security.getCallerPrincipal() != null;
  }

  public String getSlug() {
    return slug;
  }

  public void setSlug(String slug) {
    this.slug = slug;
  }

  public GuideView getGuide() {
    return guide;
  }

  public Integer getRating() {
    return rating;
  }

  public void setRating(Integer rating) {
    this.rating = rating;
  }

  public String getComment() {
    return comment;
  }

  public void setComment(String comment) {
    this.comment = comment;
  }

  public Integer getMyVote() {
    return myVote;
  }
}

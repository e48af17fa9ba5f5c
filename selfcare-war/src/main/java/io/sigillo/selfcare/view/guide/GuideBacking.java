package io.sigillo.selfcare.view.guide;

import io.sigillo.core.error.SigilloException;
import io.sigillo.reseller.api.ResellerError;
import io.sigillo.reseller.guide.api.GuideView;
import io.sigillo.reseller.guide.api.HelpCentre;
import io.sigillo.selfcare.security.Actors;
import io.sigillo.selfcare.tenant.CurrentTenant;
import io.sigillo.selfcare.view.FacesErrors;
import io.sigillo.selfcare.web.LanguageSelection;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.io.Serializable;
import java.util.Locale;

/** One guide and its "how useful was this guide?" form (signed-in people, one vote each). */
@Named
@ViewScoped
public class GuideBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private CurrentTenant tenant;
  @Inject private HelpCentre help;
  @Inject private LanguageSelection language;
  @Inject private SecurityContext security;
  @Inject private Actors actors;

  private String slug;
  private GuideView guide;
  private Integer rating;
  private String comment;
  private Integer myVote;

  /** View action: the guide named by {@code ?slug=}, in the page's language. */
  public void load() {
    guide =
        help.find(tenant.id(), slug, language.isEnglish() ? "en" : "it")
            .orElseThrow(() -> new SigilloException(ResellerError.GUIDE_NOT_FOUND));
    if (isSignedIn()) {
      myVote = help.voteOf(tenant.id(), guide.slug(), actors.actor()).orElse(null);
    }
  }

  public String vote() {
    FacesErrors.attempt(
        () -> {
          if (!isSignedIn()) {
            throw new SigilloException(ResellerError.SIGN_IN_TO_VOTE);
          }
          if (rating == null) {
            throw new SigilloException(ResellerError.GUIDE_RATING_INVALID);
          }
          help.vote(tenant.id(), guide.slug(), rating, comment, actors.actor());
          myVote = rating;
          FacesErrors.info(
              FacesContext.getCurrentInstance()
                  .getApplication()
                  .getResourceBundle(FacesContext.getCurrentInstance(), "res")
                  .getString("guide.thanks"));
        });
    return null;
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

  /** The guide's text with the portal's labels, pages and guides it names put in. */
  public String getHtml() {
    Locale locale = language.isEnglish() ? Locale.ENGLISH : Locale.ITALIAN;
    String lang = locale.getLanguage();
    return GuideReferences.render(
        guide.html(),
        locale,
        FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath(),
        other -> help.find(tenant.id(), other, lang).map(GuideView::title));
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

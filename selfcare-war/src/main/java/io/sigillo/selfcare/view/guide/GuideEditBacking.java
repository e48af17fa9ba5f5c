package io.sigillo.selfcare.view.guide;

import io.sigillo.reseller.guide.api.GuideText;
import io.sigillo.reseller.guide.api.GuideView;
import io.sigillo.reseller.guide.api.HelpCentre;
import io.sigillo.selfcare.security.Actors;
import io.sigillo.selfcare.tenant.CurrentTenant;
import io.sigillo.selfcare.view.FacesErrors;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Optional;

/** The operators' guide editor: a new guide, or the tenant's own text of an existing one. */
@Named
@ViewScoped
public class GuideEditBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private CurrentTenant tenant;
  @Inject private HelpCentre help;
  @Inject private Actors actors;

  private String slug;
  private String lang = "it";
  private boolean existing;
  private String title;
  private String body;

  /** View action: loads the guide named by {@code ?slug=&lang=}, if any. */
  public void load() {
    if (!"en".equals(lang)) {
      lang = "it";
    }
    if (slug == null || slug.isBlank()) {
      return;
    }
    Optional<GuideView> guide = help.find(tenant.id(), slug, lang);
    guide.ifPresent(
        g -> {
          existing = true;
          title = g.title();
          body = g.markdown();
        });
  }

  public String save() {
    return FacesErrors.navigate(
        () -> {
          GuideView saved =
              help.save(
                  tenant.id(),
                  slug == null ? null : slug.trim(),
                  lang,
                  new GuideText(title, body),
                  actors.actor());
          FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
          FacesErrors.info(
              FacesContext.getCurrentInstance()
                  .getApplication()
                  .getResourceBundle(FacesContext.getCurrentInstance(), "res")
                  .getString("guide.saved"));
          return "/guides/guide.xhtml?faces-redirect=true&slug=" + saved.slug();
        });
  }

  public String getSlug() {
    return slug;
  }

  public void setSlug(String slug) {
    this.slug = slug;
  }

  public String getLang() {
    return lang;
  }

  public void setLang(String lang) {
    this.lang = lang;
  }

  public boolean isExisting() {
    return existing;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getBody() {
    return body;
  }

  public void setBody(String body) {
    this.body = body;
  }
}

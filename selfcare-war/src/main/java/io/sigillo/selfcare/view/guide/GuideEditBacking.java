package io.sigillo.selfcare.view.guide;

import io.sigillo.selfcare.guide.GuideText;
import io.sigillo.selfcare.guide.GuideView;
import io.sigillo.selfcare.guide.HelpCentre;
import io.sigillo.selfcare.tenant.CurrentTenant;
import io.sigillo.selfcare.view.FacesErrors;
import io.sigillo.selfcare.web.RequestCorrelation;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.util.Optional;

/** The operators' guide editor: a new guide, or the tenant's own text of an existing one. */
@Named
@ViewScoped
public class GuideEditBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private CurrentTenant tenant;
  @Inject private HelpCentre help;
  @Inject private SecurityContext security;

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
          HttpServletRequest request =
              (HttpServletRequest)
                  FacesContext.getCurrentInstance().getExternalContext().getRequest();
          GuideView saved =
              help.save(
                  tenant.id(),
                  slug == null ? null : slug.trim(),
                  lang,
                  new GuideText(title, body),
                  security.getCallerPrincipal().getName(),
                  RequestCorrelation.of(request));
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

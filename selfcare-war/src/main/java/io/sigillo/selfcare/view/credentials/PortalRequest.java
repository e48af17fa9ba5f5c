package io.sigillo.selfcare.view.credentials;

import io.sigillo.core.audit.Actor;
import io.sigillo.core.tenant.TenantId;
import io.sigillo.selfcare.security.Actors;
import io.sigillo.selfcare.security.SecondFactorSession;
import io.sigillo.selfcare.tenant.CurrentTenant;
import io.sigillo.selfcare.web.Languages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;

/**
 * Who is asking, on which portal, in which language: what every identity call needs, read from the
 * current request (the signed-in person, the resolved tenant, the correlation id).
 */
@RequestScoped
public class PortalRequest {

  @Inject private CurrentTenant tenant;

  @Inject private Actors actors;
  @Inject private Clock clock;

  public TenantId tenant() {
    return tenant.id();
  }

  public String tenantName() {
    return tenant.getDisplayName();
  }

  public HttpServletRequest http() {
    return (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
  }

  public String username() {
    return http().getUserPrincipal() == null ? "" : http().getUserPrincipal().getName();
  }

  public Locale locale() {
    return Languages.of(http());
  }

  public Actor actor() {
    return actors.actor();
  }

  public Optional<SecondFactorSession.Grant> grant() {
    return SecondFactorSession.of(http(), tenant());
  }

  public void grant(SecondFactorSession.Mode mode) {
    SecondFactorSession.grant(http(), tenant(), username(), mode, clock.instant());
  }

  /** Sends the browser to a page of this portal (a path starting with one slash). */
  public void redirect(String path) {
    String safe = path != null && path.startsWith("/") && !path.startsWith("//") ? path : "/";
    try {
      FacesContext faces = FacesContext.getCurrentInstance();
      faces.getExternalContext().redirect(http().getContextPath() + safe);
      faces.responseComplete();
    } catch (IOException e) {
      throw new IllegalStateException("redirect failed", e);
    }
  }

  /** A text of the identity pages' bundle in the request's language. */
  public String text(String key, Object... arguments) {
    FacesContext faces = FacesContext.getCurrentInstance();
    String pattern = faces.getApplication().getResourceBundle(faces, "idm").getString(key);
    return arguments.length == 0 ? pattern : java.text.MessageFormat.format(pattern, arguments);
  }
}

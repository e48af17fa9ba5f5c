package io.sigillo.selfcare.web;

import io.sigillo.core.audit.Actor;
import io.sigillo.core.error.PlatformError;
import io.sigillo.core.error.SigilloException;
import io.sigillo.core.tenant.TenantId;
import io.sigillo.selfcare.security.Actors;
import io.sigillo.selfcare.security.SecondFactorSession;
import io.sigillo.selfcare.tenant.CurrentTenant;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Who is asking, on which portal, in which language: the facts of the current request that every
 * page and every API call hands to the business modules (the resolved tenant, the signed-in person,
 * the actor with what their session proved, the correlation id). Read once here, so a page and a
 * resource never answer these questions differently.
 */
@RequestScoped
public class RequestContext {

  static final String USER = "user";

  @Inject private CurrentTenant tenant;
  @Inject private Actors actors;
  @Inject private HttpServletRequest request;
  @Inject private Clock clock;

  private final Map<String, Object> loaded = new HashMap<>();

  public TenantId tenant() {
    return tenant.id();
  }

  /** The portal's name as its people know it (the reseller's display name). */
  public String tenantName() {
    return tenant.getDisplayName();
  }

  /**
   * The servlet request; in a page, the one Faces sees (the filters' wrappers included), as the
   * pages have always read it.
   */
  public HttpServletRequest http() {
    FacesContext faces = FacesContext.getCurrentInstance();
    return faces == null ? request : (HttpServletRequest) faces.getExternalContext().getRequest();
  }

  /** The signed-in caller's username; empty for nobody. */
  public String username() {
    HttpServletRequest http = http();
    return http.getUserPrincipal() == null ? "" : http.getUserPrincipal().getName();
  }

  /**
   * The signed-in person an API call is about: always the caller themselves (role {@code user}), so
   * one person's data can never be reached from another's session or token.
   */
  public String person() {
    if (request.getUserPrincipal() == null) {
      throw new SigilloException(PlatformError.SESSION_EXPIRED);
    }
    if (!request.isUserInRole(USER)) {
      throw new SigilloException(PlatformError.FORBIDDEN);
    }
    return request.getUserPrincipal().getName();
  }

  public Locale locale() {
    return Languages.of(http());
  }

  /** The caller as every module's api takes it. */
  public Actor actor() {
    return actors.actor();
  }

  public String correlationId() {
    return RequestCorrelation.of(http());
  }

  /**
   * What {@code loader} answers, asked once in this request: a page getter that EL evaluates many
   * times per render calls the business layer once, yet every new request sees fresh data.
   */
  @SuppressWarnings("unchecked")
  public <T> T once(String key, Supplier<T> loader) {
    return (T) loaded.computeIfAbsent(key, k -> loader.get());
  }

  /** What this session proved beyond the password, for the person signed in on this tenant. */
  public Optional<SecondFactorSession.Grant> secondFactor() {
    return SecondFactorSession.of(http(), tenant());
  }

  /** Records in the session that the signed-in person has just proved a second factor. */
  public void grantSecondFactor(SecondFactorSession.Mode mode) {
    SecondFactorSession.grant(http(), tenant(), username(), mode, clock.instant());
  }
}

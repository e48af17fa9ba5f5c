package io.sigillo.selfcare.rest.signature;

import io.sigillo.core.audit.Actor;
import io.sigillo.core.error.PlatformError;
import io.sigillo.core.error.SigilloException;
import io.sigillo.core.tenant.TenantId;
import io.sigillo.selfcare.security.Actors;
import io.sigillo.selfcare.tenant.CurrentTenant;
import io.sigillo.selfcare.web.Languages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;

/**
 * The holder an API call is about: always the signed-in person themselves (role {@code user}),
 * named by their username on this tenant. There is no way to name another holder, so one holder's
 * data can never be reached from another's session or token.
 */
@RequestScoped
public class HolderCaller {

  static final String USER = "user";

  @Inject private CurrentTenant tenant;

  @Inject private Actors actors;
  @Inject private HttpServletRequest request;

  TenantId tenant() {
    return tenant.id();
  }

  String portal() {
    return tenant.getDisplayName();
  }

  String username() {
    if (request.getUserPrincipal() == null) {
      throw new SigilloException(PlatformError.SESSION_EXPIRED);
    }
    if (!request.isUserInRole(USER)) {
      throw new SigilloException(PlatformError.FORBIDDEN);
    }
    return request.getUserPrincipal().getName();
  }

  Actor actor() {
    username();
    return actors.actor();
  }

  Locale locale() {
    return Languages.of(request);
  }

  static char[] secret(String value) {
    return value == null ? new char[0] : value.toCharArray();
  }
}

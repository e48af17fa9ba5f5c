package io.sigillo.selfcare.web.hardening;

import jakarta.annotation.Priority;
import jakarta.decorator.Decorator;
import jakarta.decorator.Delegate;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.security.enterprise.AuthenticationException;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The session cookie is born in the authentication mechanism (the login's state before the redirect
 * to Keycloak, the new session id after it), which runs before any filter. This decorator gives the
 * mechanism a response that hardens cookies before the redirect or refusal goes out.
 */
@Decorator
@Dependent
@Priority(Interceptor.Priority.APPLICATION)
public abstract class LoginCookieDecorator implements HttpAuthenticationMechanism {

  @Inject @Delegate @Any private HttpAuthenticationMechanism delegate;

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context)
      throws AuthenticationException {
    CookieHardeningResponse hardening =
        new CookieHardeningResponse(request, response, WebSecuritySettings.get().overTls(request));
    context.setResponse(hardening);
    try {
      return delegate.validateRequest(request, hardening, context);
    } finally {
      hardening.hardenCookies();
      context.setResponse(response);
    }
  }
}

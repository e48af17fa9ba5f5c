package io.sigillo.selfcare.security;

import io.sigillo.core.audit.AuditEvent;
import io.sigillo.core.audit.AuditLog;
import io.sigillo.core.audit.AuditSubject;
import io.sigillo.core.session.Networks;
import io.sigillo.core.session.SignIn;
import io.sigillo.core.tenant.TenantId;
import io.sigillo.selfcare.support.UserAgents;
import io.sigillo.selfcare.web.RequestCorrelation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.util.Optional;

/**
 * Each finished sign-in on a portal, in the audit trail under the person's name: the level, the
 * kind of device, browser and system, the network. The person's activity page reads it back; the
 * address itself, the tokens and the User-Agent header are kept nowhere.
 */
@ApplicationScoped
public class SignInTrail {

  @Inject private AuditLog audit;
  @Inject private Clock clock;

  public void signedIn(HttpServletRequest request, TenantId tenant, String username, int level) {
    String userAgent = request.getHeader("User-Agent");
    SignIn signIn =
        new SignIn(
            level,
            UserAgents.deviceType(userAgent),
            UserAgents.browser(userAgent) + " · " + UserAgents.os(userAgent),
            Networks.approximate(request.getRemoteAddr()));
    audit.record(
        new AuditEvent(
            Optional.of(tenant),
            username,
            SignIn.ACTION,
            AuditSubject.person(username),
            signIn.detail(),
            RequestCorrelation.of(request),
            clock.instant()));
  }
}

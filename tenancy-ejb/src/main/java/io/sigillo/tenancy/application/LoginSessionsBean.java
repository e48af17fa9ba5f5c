package io.sigillo.tenancy.application;

import io.sigillo.core.audit.Actor;
import io.sigillo.core.audit.AuditEvent;
import io.sigillo.core.audit.AuditLog;
import io.sigillo.core.audit.AuditSubject;
import io.sigillo.core.security.Roles;
import io.sigillo.core.session.Networks;
import io.sigillo.core.session.SignOuts;
import io.sigillo.core.tenant.TenantId;
import io.sigillo.tenancy.api.LoginClients;
import io.sigillo.tenancy.api.LoginSession;
import io.sigillo.tenancy.api.LoginSessions;
import io.sigillo.tenancy.infrastructure.keycloak.KeycloakSessions;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.keycloak.representations.idm.UserSessionRepresentation;

/**
 * The acting person's broker sessions on one tenant's portal. One realm serves every tenant, so a
 * person's sessions are filtered to those this tenant's portal client took part in: another
 * tenant's portal is neither shown nor signed out from here.
 */
@Stateless
@DeclareRoles({Roles.USER, Roles.OPERATOR})
@RolesAllowed({Roles.USER, Roles.OPERATOR})
public class LoginSessionsBean implements LoginSessions {

  @Inject private KeycloakSessions sessions;
  @Inject private SignOuts signOuts;
  @Inject private AuditLog audit;
  @Inject private Clock clock;

  @Override
  public List<LoginSession> mine(TenantId tenant, Actor actor) {
    return ofTenant(tenant, actor.name()).stream()
        .sorted(Comparator.comparingLong(UserSessionRepresentation::getLastAccess).reversed())
        .map(
            s ->
                new LoginSession(
                    Instant.ofEpochMilli(s.getStart()),
                    Instant.ofEpochMilli(s.getLastAccess()),
                    Networks.approximate(s.getIpAddress())))
        .toList();
  }

  @Override
  public int signOutEverywhere(TenantId tenant, Actor actor) {
    List<UserSessionRepresentation> ended = ofTenant(tenant, actor.name());
    ended.forEach(s -> sessions.end(s.getId()));
    Instant now = clock.instant();
    // the portal's own sessions end too, on every node: each request compares with this moment
    signOuts.record(tenant, actor.name(), now);
    audit.record(
        new AuditEvent(
            Optional.of(tenant),
            actor.name(),
            "session.signed-out-everywhere",
            AuditSubject.person(actor.name()),
            ended.size() + " broker sessions ended",
            actor.correlationId(),
            now));
    return ended.size();
  }

  private List<UserSessionRepresentation> ofTenant(TenantId tenant, String username) {
    String portal = LoginClients.clientId(tenant);
    return sessions.of(username).stream()
        .filter(s -> s.getClients() != null && s.getClients().containsValue(portal))
        .toList();
  }
}

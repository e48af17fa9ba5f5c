package io.sigillo.tenancy.infrastructure.keycloak;

import io.sigillo.core.error.PlatformError;
import io.sigillo.core.error.SigilloException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import java.util.List;
import java.util.logging.Logger;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.UserRepresentation;
import org.keycloak.representations.idm.UserSessionRepresentation;

/**
 * A person's sessions in the platform realm, through the admin API: read them, end one. Keycloak
 * unreachable is the catalogued "login unavailable", never a stack trace.
 */
@ApplicationScoped
public class KeycloakSessions {

  private static final Logger LOG = Logger.getLogger(KeycloakSessions.class.getName());

  @Inject private KeycloakAdmin admin;

  /** The person's online sessions (none for an unknown username). */
  public List<UserSessionRepresentation> of(String username) {
    try {
      RealmResource realm = admin.realm();
      return realm.users().searchByUsername(username, true).stream()
          .filter(u -> username.equalsIgnoreCase(u.getUsername()))
          .findFirst()
          .map(UserRepresentation::getId)
          .map(id -> realm.users().get(id).getUserSessions())
          .orElse(List.of());
    } catch (ProcessingException | WebApplicationException e) {
      LOG.warning(() -> "sessions of a person: Keycloak answered " + e.getMessage());
      throw new SigilloException(PlatformError.LOGIN_UNAVAILABLE);
    }
  }

  /** Ends one online session; one that ended meanwhile is no error. */
  public void end(String sessionId) {
    try {
      admin.realm().deleteSession(sessionId, false);
    } catch (NotFoundException gone) {
      LOG.fine("session already ended");
    } catch (ProcessingException | WebApplicationException e) {
      LOG.warning(() -> "ending a session: Keycloak answered " + e.getMessage());
      throw new SigilloException(PlatformError.LOGIN_UNAVAILABLE);
    }
  }
}

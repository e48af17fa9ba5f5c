package io.sigillo.tenancy.api;

import io.sigillo.core.audit.Actor;
import io.sigillo.core.tenant.TenantId;
import jakarta.ejb.Local;
import java.util.List;

/**
 * The acting person's own sessions at the login broker on one tenant's portal, and "sign out
 * everywhere". Only ever the actor's: no method takes a username. Open at any level: a person who
 * suspects someone else is signed in as them must be able to look and end it, with or without the
 * phone.
 */
@Local
public interface LoginSessions {

  /** The actor's sessions that served this tenant's portal, most recently used first. */
  List<LoginSession> mine(TenantId tenant, Actor actor);

  /**
   * Ends every session of the actor that served this tenant's portal, at the login broker (the next
   * request anywhere asks for the password again) and in the portal on every node; audited. Returns
   * how many broker sessions ended.
   */
  int signOutEverywhere(TenantId tenant, Actor actor);
}

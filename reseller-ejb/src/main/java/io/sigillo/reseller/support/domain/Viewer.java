package io.sigillo.reseller.support.domain;

import io.sigillo.core.audit.Actor;

/**
 * Who looks at a support request: its requester sees their own, the tenant's operators see every
 * request of their tenant (the tenant itself is the call's {@code TenantId}).
 */
public record Viewer(String username, boolean operator) {

  /**
   * The actor as a reader of requests: an operator with a password-only session reads only their
   * own, as the rest of the portal's staff powers ({@link Actor#actingOperator()}).
   */
  public static Viewer of(Actor actor) {
    return new Viewer(actor.name(), actor.actingOperator());
  }

  public boolean mayRead(String requester) {
    return operator || username.equals(requester);
  }
}

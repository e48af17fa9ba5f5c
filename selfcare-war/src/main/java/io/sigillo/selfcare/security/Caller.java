package io.sigillo.selfcare.security;

import io.sigillo.core.tenant.TenantId;
import java.io.Serializable;
import java.util.Set;

/**
 * A person signed in on one tenant's portal, as kept in their HTTP session: the session is valid
 * only on that tenant's hosts. {@code idToken} is kept as the hint that lets Keycloak end its own
 * session at logout without asking.
 */
record Caller(TenantId tenant, String username, Set<String> groups, String idToken)
    implements Serializable {

  static final String SESSION_ATTRIBUTE = "sigillo.caller";

  Caller {
    groups = Set.copyOf(groups);
  }
}

package io.sigillo.selfcare.security;

import io.sigillo.core.tenant.TenantId;
import io.sigillo.tenancy.api.LoginClients;
import java.io.Serializable;
import java.time.Instant;
import java.util.Set;

/**
 * A person signed in on one tenant's portal, as kept in their HTTP session: the session is valid
 * only on that tenant's hosts. {@code idToken} is kept as the hint that lets Keycloak end its own
 * session at logout without asking. {@code acr} is the level Keycloak wrote into the ID token
 * ({@code https://www.spid.gov.it/SpidL1} or {@code …/SpidL2}), null if it wrote none. {@code
 * signedInAt} is when the portal finished the sign-in: a "sign out everywhere" after it ends the
 * session.
 */
record Caller(
    TenantId tenant,
    String username,
    Set<String> groups,
    String idToken,
    String acr,
    Instant signedInAt)
    implements Serializable {

  static final String SESSION_ATTRIBUTE = "sigillo.caller";

  Caller {
    groups = Set.copyOf(groups);
  }

  /** Keycloak's level-2 step ran in this sign-in (or its single sign-on session was at level 2). */
  boolean levelTwo() {
    return LoginClients.SPID_LEVEL_2.equals(acr);
  }
}

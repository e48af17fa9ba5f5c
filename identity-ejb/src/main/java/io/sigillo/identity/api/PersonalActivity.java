package io.sigillo.identity.api;

import io.sigillo.core.audit.Actor;
import io.sigillo.core.tenant.TenantId;
import jakarta.ejb.Local;
import java.util.List;

/**
 * The acting person's own activity on one tenant: recent sign-ins, credential and contact changes,
 * signatures, read from the audit trail. Only ever the actor's and the tenant's: no method takes a
 * username. "This wasn't me" suspends the identity (see {@link IdentityLifecycle#suspend}).
 */
@Local
public interface PersonalActivity {

  /** The most recent entries, newest first (at most {@code limit}, at most 200). */
  List<ActivityEntry> recent(TenantId tenant, Actor actor, int limit);
}

package io.sigillo.core.person;

import io.sigillo.core.tenant.TenantId;
import java.util.Optional;

/**
 * The verified data of the people of a tenant, by portal username. Only an identity in force
 * counts: a suspended or revoked identity vouches for nothing, so it is reported as absent.
 */
public interface VerifiedPersons {

  Optional<VerifiedPerson> find(TenantId tenant, String username);
}

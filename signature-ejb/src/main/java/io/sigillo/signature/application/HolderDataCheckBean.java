package io.sigillo.signature.application;

import io.sigillo.core.security.Roles;
import io.sigillo.signature.api.HolderData;
import io.sigillo.signature.api.HolderDataCheck;
import io.sigillo.signature.api.HolderDataCheckResult;
import io.sigillo.signature.api.HolderDataInconsistentException;
import io.sigillo.signature.domain.BelfioreRegistry;
import io.sigillo.signature.domain.HolderDataChecker;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/**
 * Checks holder data against the cadastral registry. It reads only reference data, so it joins a
 * caller's transaction when there is one and needs none of its own.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
@DeclareRoles({Roles.USER, Roles.OPERATOR, Roles.PLATFORM_ADMIN, Roles.SERVICE, Roles.SYSTEM})
// the open holder-data check (/api/holder-data/check) answers anonymous callers; it reads nothing
// stored
@PermitAll
public class HolderDataCheckBean implements HolderDataCheck {

  @Inject BelfioreRegistry registry;

  @Override
  public HolderDataCheckResult check(HolderData data) {
    HolderDataLimits.require(data);
    return new HolderDataCheckResult(new HolderDataChecker(registry).check(data));
  }

  @Override
  public void requireConsistent(HolderData data) {
    HolderDataCheckResult result = check(data);
    if (!result.consistent()) {
      throw new HolderDataInconsistentException(result.findings());
    }
  }
}

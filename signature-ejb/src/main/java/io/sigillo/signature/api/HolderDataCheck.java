package io.sigillo.signature.api;

import jakarta.ejb.Local;

/**
 * Checks that the holder data of an order or a renewal agree with the codice fiscale, field by
 * field. It reads only public reference data (cadastral codes), never a tenant's data, so it takes
 * no tenant.
 */
@Local
public interface HolderDataCheck {

  /** Every disagreement found, each on the field to correct; never throws for bad input. */
  HolderDataCheckResult check(HolderData data);

  /**
   * For flows that must stop on inconsistent data (order, renewal).
   *
   * @throws HolderDataInconsistentException carrying every finding
   */
  void requireConsistent(HolderData data);
}

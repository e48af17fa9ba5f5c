package io.sigillo.signature.api;

import io.sigillo.core.audit.Actor;
import io.sigillo.core.tenant.TenantId;
import jakarta.ejb.Local;
import java.util.List;

/**
 * Operator-assisted replacement of a holder's signature device: the operator assigns a token from
 * the tenant's stock to the holder, and the holder completes the claim in self-care as any
 * replacement ({@link DeviceReplacements#toToken}: signature password, a code to the verified
 * mobile, two consecutive codes of the token), which revokes the old device in the same
 * transaction. The operator never sees a code or a seed. Until the claim, the token is reserved for
 * this holder: nobody else can claim it, and the operator can cancel the assignment. Operators of
 * the tenant at level 2 only; every change is audited under the operator's name.
 */
@Local
public interface DeviceAssignments {

  /** The holder's signature device, its state and the token waiting for the holder's claim. */
  HolderDevice device(TenantId tenant, long holderId, Actor actor);

  /** Tokens in the tenant's stock whose serial contains {@code serial} (2..64 characters). */
  List<StockToken> stock(TenantId tenant, String serial, Actor actor);

  /**
   * Reserves a token in stock for the holder ({@code PlatformError#TOKEN_ALREADY_ASSIGNED} when one
   * already waits for them: cancel it first).
   */
  HolderDevice assign(TenantId tenant, long holderId, String serial, Actor actor);

  /** Puts the token waiting for the holder's claim back in stock. */
  HolderDevice cancel(TenantId tenant, long holderId, Actor actor);
}

package io.sigillo.signature.api;

import io.sigillo.core.audit.Actor;
import io.sigillo.core.tenant.TenantId;
import jakarta.ejb.Local;

/**
 * Suspension without the signature device, for a stolen phone and token: each holder has one
 * emergency code, shown once when issued and stored only as an Argon2id hash. With the tax code it
 * suspends the holder's current certificate from the tenant's public page, or an operator types it
 * as the holder reads it on the phone.
 *
 * <p>Every refusal of a code is the same {@link
 * io.sigillo.core.error.PlatformError#EMERGENCY_CODE_REFUSED}, whether the tax code is unknown, the
 * code is wrong, the holder has no code or no active certificate, or too many wrong codes locked
 * it: the public page must not tell who is a holder. A wrong code changes nothing but its count.
 */
@Local
public interface EmergencySuspension {

  /**
   * The holder's emergency code, issued once (after the order); a second request is {@link
   * io.sigillo.core.error.PlatformError#EMERGENCY_CODE_ISSUED}. The plain code is returned here and
   * never again.
   */
  String revealCode(TenantId tenant, String username, Actor actor);

  /** Whether the holder has been given an emergency code. */
  boolean hasCode(TenantId tenant, String username);

  /** Suspends the current certificate of the holder with this tax code and code (anyone). */
  CertificateSummary suspend(TenantId tenant, String codiceFiscale, String code, Actor actor);

  /** The same, typed by an operator at level 2 while the holder reads the code on the phone. */
  CertificateSummary suspendForHolder(TenantId tenant, long holderId, String code, Actor actor);
}

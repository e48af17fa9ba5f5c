package io.sigillo.signature.api;

import io.sigillo.core.audit.Actor;
import io.sigillo.core.tenant.TenantId;
import jakarta.ejb.Local;
import java.util.Optional;

/**
 * Reads and changes a tenant's certificate policy (validity of new certificates, renewal window,
 * rules for new remote-signature passwords). A change is audited with its actor and applies from
 * the next order, renewal or renewal-status read; certificates already issued keep their validity.
 */
@Local
public interface SignaturePolicies {

  /** The tenant's policy, or the platform defaults when it has none. */
  SignaturePolicySettings current(TenantId tenant);

  /** The tenant's own policy; empty while the platform defaults apply. */
  Optional<SignaturePolicySettings> find(TenantId tenant);

  /**
   * Stores the tenant's policy. Refusals: {@link SignatureError#CERTIFICATE_VALIDITY_INVALID}
   * (validity outside 1..{@value CertificateRequest#MAX_VALIDITY_DAYS} days), {@link
   * SignatureError#RENEWAL_WINDOW_INVALID} (window under 1 day, or not shorter than the validity),
   * {@link SignatureError#PASSWORD_RULES_INVALID} (password length or history out of range), {@link
   * SignatureError#POLICY_CHANGED_MEANWHILE} (another change of the same tenant's policy won).
   */
  SignaturePolicySettings update(TenantId tenant, SignaturePolicySettings settings, Actor actor);
}

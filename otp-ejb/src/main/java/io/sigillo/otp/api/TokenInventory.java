package io.sigillo.otp.api;

import io.sigillo.core.audit.Actor;
import io.sigillo.core.tenant.TenantId;
import jakarta.ejb.Local;
import java.util.List;
import java.util.Optional;

/**
 * Each tenant's stock of hardware tokens: import of vendors' seed files, the inventory, and the
 * holder's claim of a token by its serial. Tokens are OTP devices of the {@link OtpRegistry}; once
 * claimed (or assigned and confirmed) they validate, resynchronise and lock like any other.
 *
 * <p>Imports are idempotent per serial: a serial the tenant already has keeps its state, and its
 * counter only moves forward, only while the token is still in stock (it has never accepted a
 * code). Every import, dry run included, claim and state change is audited, never with a seed.
 */
@Local
public interface TokenInventory {

  /**
   * Reads the file and reports what it holds against the tenant's inventory; with {@code commit}
   * also stores it. A file that cannot be opened or proven intact (wrong key or password, wrong
   * MAC) is refused whole ({@link OtpError#TOKEN_FILE_INTEGRITY} and siblings), nothing stored.
   */
  ImportReport importTokens(TenantId tenant, TokenFile file, boolean commit, Actor actor);

  /** Tokens in serial order, of one state or all, at most {@code limit} (1..1000). */
  List<TokenSummary> tokens(TenantId tenant, Optional<TokenState> state, int limit);

  Optional<TokenSummary> find(TenantId tenant, String serial);

  /** The holder's claim; see {@link ClaimStatus} for why refusals all look the same. */
  ClaimResult claim(TenantId tenant, TokenClaim claim, Actor actor);

  /**
   * An operator gives a token in stock to a holder: ASSIGNED until its first code. The holder must
   * be a person of the tenant with an identity in force ({@link OtpError#TOKEN_OWNER_UNKNOWN}
   * otherwise); the token must be in stock ({@link OtpError#TOKEN_NOT_AVAILABLE}).
   */
  TokenSummary assign(TenantId tenant, String serial, String owner, Actor actor);

  /**
   * An operator cancels an assignment the holder has not claimed yet: the token goes back to stock,
   * nobody's. {@link OtpError#TOKEN_NOT_ASSIGNED} when it is no longer assigned to {@code owner}
   * (claimed, cancelled or retired meanwhile).
   */
  TokenSummary unassign(TenantId tenant, String serial, String owner, Actor actor);

  /** Tokens of one state (or all) whose serial contains {@code fragment}, 2..64 characters. */
  List<TokenSummary> search(
      TenantId tenant, String fragment, Optional<TokenState> state, int limit, Actor actor);

  /** The tokens an operator assigned to this holder that the holder has not claimed yet. */
  List<TokenSummary> assignedTo(TenantId tenant, String owner);

  /** An operator takes a token in stock or assigned out of service for good (audited). */
  TokenSummary retire(TenantId tenant, String serial, String reason, Actor actor);
}

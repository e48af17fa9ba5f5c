package io.sigillo.reseller.support.api;

import io.sigillo.core.audit.Actor;
import io.sigillo.core.tenant.TenantId;
import jakarta.ejb.Local;
import java.util.List;
import java.util.Optional;

/**
 * Support requests of one tenant. Every method takes the tenant explicitly, so no query can see
 * another tenant's requests; the actor decides between "my requests" and "every request of my
 * tenant" (the tenant's operators, at level 2).
 */
@Local
public interface SupportDesk {

  /** Screenshots up to 5 MB, as uploaded. */
  int MAX_SCREENSHOT_BYTES = 5 * 1024 * 1024;

  /**
   * Opens a request in the actor's name; a screenshot must be a real PNG or JPEG and is stored
   * re-encoded. The tenant's support address is told once the request has committed.
   */
  SupportSummary open(
      TenantId tenant, NewSupportRequest request, NoticeRecipient notify, Actor actor);

  /** The actor's own requests, newest first. */
  List<SupportSummary> mine(TenantId tenant, Actor actor);

  /** Every request of the tenant, newest first: the operators' queue. */
  List<SupportSummary> all(TenantId tenant);

  /** A request the actor may read, with its conversation; else RES-007. */
  SupportDetail get(TenantId tenant, long id, Actor actor);

  /** Adds a message; an operator's answer is audited with the operator's name. */
  SupportDetail reply(TenantId tenant, long id, String body, Actor actor);

  /**
   * Closes a request (the tenant's operators at level 2): it takes no more messages until reopened.
   * Audited with the operator's name; closing a closed request changes nothing.
   */
  SupportDetail close(TenantId tenant, long id, Actor actor);

  /** Reopens a closed request (the tenant's operators at level 2), audited like {@link #close}. */
  SupportDetail reopen(TenantId tenant, long id, Actor actor);

  /** The request's screenshot, if it has one and the actor may read the request. */
  Optional<Screenshot> screenshot(TenantId tenant, long id, Actor actor);
}

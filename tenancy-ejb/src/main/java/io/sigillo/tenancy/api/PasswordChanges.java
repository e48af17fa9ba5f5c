package io.sigillo.tenancy.api;

import io.sigillo.core.audit.Actor;
import io.sigillo.core.tenant.TenantId;

/**
 * A person changes their own SPID password (the login broker's): the current password and a session
 * at level 2. Forgotten passwords are reset on the login page instead ("Password dimenticata?": an
 * e-mailed link, then a level-2 code), by the login broker's own flow.
 */
public interface PasswordChanges {

  /** The shortest and longest new password accepted. */
  int MIN_LENGTH = 8;

  int MAX_LENGTH = 128;

  /**
   * Replaces the person's password after checking, in this order: the actor is the person at level
   * 2 ({@code TEN-041}), the new password's length and difference from the username and the current
   * one ({@code TEN-043}), the current password ({@code TEN-042}, counted by the login broker's
   * brute-force protection); the broker's own password policy may still refuse it ({@code
   * TEN-045}). Nothing changes on any refusal. Both arrays are wiped before returning.
   */
  void change(TenantId tenant, String username, char[] current, char[] chosen, Actor actor);
}

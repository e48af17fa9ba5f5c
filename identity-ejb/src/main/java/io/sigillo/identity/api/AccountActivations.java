package io.sigillo.identity.api;

import io.sigillo.core.tenant.TenantId;
import jakarta.ejb.Local;

/**
 * The activation link an enrolled customer receives by e-mail: 256 random bits, only their SHA-256
 * stored, valid for {@link #VALIDITY_HOURS} hours, usable once. Opening it sets the password of the
 * person's login account; an unknown, expired or used link changes nothing.
 */
@Local
public interface AccountActivations {

  int VALIDITY_HOURS = 72;

  /** The username the link activates, if it can still be used; otherwise the catalogued error. */
  String check(TenantId tenant, String token);

  /**
   * Sets the password (wiped before returning) and uses the link up. Returns the username. The
   * login broker's password policy applies ({@link IdentityError#ACTIVATION_PASSWORD_REFUSED}).
   */
  String activate(TenantId tenant, String token, char[] password);
}

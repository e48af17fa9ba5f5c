package io.sigillo.tenancy.api;

import java.time.Instant;
import java.util.Optional;

/**
 * The level-1 credential of a person, the password, which the login broker keeps: the portal never
 * stores it, it only asks whether one is set and, for a re-authentication, whether a typed password
 * is right.
 */
public interface Passwords {

  /** When the person's password was set, if they have one. */
  Optional<Instant> passwordSetAt(String username);

  /**
   * Whether the password is the person's. The array is wiped before returning. Throws the
   * catalogued "login unavailable" error when the broker cannot be asked.
   */
  boolean verify(String username, char[] password);
}

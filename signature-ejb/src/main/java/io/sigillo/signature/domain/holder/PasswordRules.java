package io.sigillo.signature.domain.holder;

import io.sigillo.core.error.SigilloException;
import io.sigillo.signature.api.SignatureError;

/**
 * A tenant's rules for new remote-signature passwords, on top of the platform's own ({@link
 * PasswordPolicy}): a minimum length of at least the platform's, and how many of the latest
 * passwords, the current one included, a new one must differ from. History 0 allows any reuse; the
 * upper bound keeps a change's cost bounded (one Argon2id derivation per remembered password).
 *
 * @param minLength 10..64
 * @param history 0..{@value #MAX_HISTORY}
 */
public record PasswordRules(int minLength, int history) {

  public static final int MAX_MIN_LENGTH = 64;
  public static final int MAX_HISTORY = 24;

  public PasswordRules {
    if (minLength < PasswordPolicy.MIN_LENGTH
        || minLength > MAX_MIN_LENGTH
        || history < 0
        || history > MAX_HISTORY) {
      throw new SigilloException(
          SignatureError.PASSWORD_RULES_INVALID,
          PasswordPolicy.MIN_LENGTH,
          MAX_MIN_LENGTH,
          MAX_HISTORY);
    }
  }

  /**
   * The platform's rule, then the tenant's length: a password too short for the tenant is refused
   * with the tenant's minimum.
   */
  public void require(char[] password) {
    PasswordPolicy.require(password);
    if (password.length < minLength) {
      throw new SigilloException(SignatureError.PASSWORD_TOO_SHORT, minLength);
    }
  }
}

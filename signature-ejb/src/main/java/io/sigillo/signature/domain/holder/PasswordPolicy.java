package io.sigillo.signature.domain.holder;

import io.sigillo.core.error.SigilloException;
import io.sigillo.signature.api.SignatureError;

/**
 * What a remote-signature password must be. Length matters most (NIST SP 800-63B): at least 10
 * characters; letters and digits both, so a word or a date alone is refused. The upper bound keeps
 * the key derivation's input bounded.
 */
public final class PasswordPolicy {

  public static final int MIN_LENGTH = 10;
  public static final int MAX_LENGTH = 128;

  private PasswordPolicy() {}

  public static void require(char[] password) {
    if (password == null
        || password.length < MIN_LENGTH
        || password.length > MAX_LENGTH
        || !has(password, Character::isLetter)
        || !has(password, Character::isDigit)) {
      throw new SigilloException(SignatureError.PASSWORD_WEAK, MIN_LENGTH, MAX_LENGTH);
    }
  }

  private static boolean has(char[] password, java.util.function.IntPredicate kind) {
    for (char c : password) {
      if (kind.test(c)) {
        return true;
      }
    }
    return false;
  }
}

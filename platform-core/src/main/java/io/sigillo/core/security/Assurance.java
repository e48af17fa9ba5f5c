package io.sigillo.core.security;

/**
 * How far the caller proved who they are in this session. The order matters only between {@link
 * #LEVEL_1} and {@link #LEVEL_2}: a recovery is not "more" than a password, it is a different proof
 * that opens credential management only.
 */
public enum Assurance {
  /** Nobody signed in (a public page, a start-up task has its own role instead). */
  NONE,
  /** The password alone (SPID level 1), or a person's access token obtained with it. */
  LEVEL_1,
  /**
   * Password plus a recovery code to the registered mobile or e-mail: credential management only.
   */
  RECOVERY,
  /** Password plus an OTP of the person's app or an SMS code to the registered mobile (SPID L2). */
  LEVEL_2
}

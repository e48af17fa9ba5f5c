package io.sigillo.systemtest;

import java.util.UUID;

/**
 * The login accounts a test creates: one password for every test person and names no other test
 * (nor an earlier run on the same realm) has used; micro's {@code it.support.Account}, the part the
 * system test needs, same names.
 */
final class Account {

  /** The password of every test person unless a test needs its own. */
  static final String PASSWORD = "Prova-Password-2026";

  private Account() {}

  /** A name no other test (nor an earlier run on the same realm) has used. */
  static String uniqueName(String prefix) {
    return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
  }
}

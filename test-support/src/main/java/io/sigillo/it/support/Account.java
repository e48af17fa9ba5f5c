package io.sigillo.it.support;

import java.util.List;
import java.util.UUID;

/**
 * A login account a test asks the platform API to create on a tenant. Tests vary only what their
 * pages show or check (a name, an e-mail, the roles), so the rest has one default here.
 */
public record Account(
    String username,
    String givenName,
    String surname,
    String email,
    String password,
    List<String> roles) {

  /** The password of every test person unless a test needs its own. */
  public static final String PASSWORD = "Prova-Password-2026";

  /** A person of the tenant with the user role, e-mail at the tenant's example domain. */
  public static Account user(String slug, String username) {
    return new Account(
        username,
        "Prova",
        "Persona",
        username + "@" + slug + ".example",
        PASSWORD,
        List.of("user"));
  }

  /** A name no other test (nor an earlier run on the same realm) has used. */
  public static String uniqueName(String prefix) {
    return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
  }

  public Account named(String newGivenName, String newSurname) {
    return new Account(username, newGivenName, newSurname, email, password, roles);
  }

  public Account withEmail(String newEmail) {
    return new Account(username, givenName, surname, newEmail, password, roles);
  }

  public Account withPassword(String newPassword) {
    return new Account(username, givenName, surname, email, newPassword, roles);
  }

  public Account withRoles(String... newRoles) {
    return new Account(username, givenName, surname, email, password, List.of(newRoles));
  }
}

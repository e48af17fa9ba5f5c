package io.sigillo.core.audit;

import io.sigillo.core.error.PlatformError;
import io.sigillo.core.error.SigilloException;
import io.sigillo.core.security.Assurance;
import io.sigillo.core.security.Role;
import java.util.Objects;
import java.util.Set;

/**
 * Who asks for a change or a validation, as the audit trail names them, and what they proved: a
 * person's username, an operator's, a back-end's client id or the platform itself. The web edge
 * builds it once per request from the session or the bearer token; the registry decides from it who
 * may enrol, confirm, revoke or validate, so no page or resource is the only guard. {@code
 * correlationId} ties the audit event to the request and its log lines; it may be empty.
 *
 * @param signaturePassword the holder's remote-signature password was checked in this call by the
 *     signature module: with an OTP of the device, the proof that acting on a signature device
 *     needs
 */
public record Actor(
    String name,
    String correlationId,
    Assurance assurance,
    Set<Role> roles,
    boolean signaturePassword) {

  public Actor {
    if (name == null || name.isBlank() || name.length() > 200) {
      throw new IllegalArgumentException("an actor has a name of 1..200 characters");
    }
    correlationId = Objects.requireNonNullElse(correlationId, "");
    Objects.requireNonNull(assurance, "assurance");
    roles = Set.copyOf(roles);
  }

  /** A person acting on their own devices, with what their session proved. */
  public static Actor person(String name, String correlationId, Assurance assurance) {
    return new Actor(name, correlationId, assurance, Set.of(Role.PERSON), false);
  }

  /** The platform itself (start-up seeding, housekeeping): never built from a request. */
  public static Actor system(String name) {
    return new Actor(name, "", Assurance.NONE, Set.of(Role.SYSTEM), false);
  }

  public boolean is(Role role) {
    return roles.contains(role);
  }

  /**
   * Acting as staff: the platform itself; reseller or platform staff at level 2 (a password alone
   * opens no staff power); or a back end holding a staff role, authenticated by its own client
   * secret.
   */
  public boolean staff() {
    return is(Role.SYSTEM) || (staffRole() && (assurance == Assurance.LEVEL_2 || is(Role.SERVICE)));
  }

  /** Holds an operator's or platform administrator's role, whatever the session proved. */
  public boolean staffRole() {
    return is(Role.OPERATOR) || is(Role.PLATFORM_ADMIN);
  }

  /**
   * Acts as the tenant's operator: holds the role and acts as staff ({@link #staff()}). An operator
   * signed in with the password alone reads only what is their own.
   */
  public boolean actingOperator() {
    return is(Role.OPERATOR) && staff();
  }

  /**
   * The operator console's rule, for the business layer: the tenant's operators at level 2, a back
   * end holding the operator role with its own secret, or the platform itself. A password-only
   * staff session is told to step up (SIG-090); any other caller is refused its role (SIG-100).
   */
  public void requireActingOperator() {
    if (is(Role.SYSTEM) || actingOperator()) {
      return;
    }
    throw new SigilloException(
        staffRole() ? PlatformError.STAFF_LEVEL_2_REQUIRED : PlatformError.ROLE_NOT_ALLOWED);
  }

  /** The person themselves, at level 2. */
  public boolean ownerAtLevelTwo(String owner) {
    return is(Role.PERSON) && assurance == Assurance.LEVEL_2 && name.equals(owner);
  }

  /** The same actor after a flow checked its own level-2 proof (e.g. an SMS code to the mobile). */
  public Actor atLevelTwo() {
    return new Actor(name, correlationId, Assurance.LEVEL_2, roles, signaturePassword);
  }

  /** The same actor after the signature module checked the remote-signature password. */
  public Actor withSignaturePassword() {
    return new Actor(name, correlationId, assurance, roles, true);
  }
}

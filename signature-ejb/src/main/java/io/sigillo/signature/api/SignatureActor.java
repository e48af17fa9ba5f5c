package io.sigillo.signature.api;

import io.sigillo.core.security.Assurance;
import io.sigillo.core.security.Role;
import java.util.Objects;
import java.util.Set;

/**
 * Who asks for a certificate action or a signature, as the audit trail names them, and what their
 * session proved: a holder's username, an operator's, a back-end's client id or the platform
 * itself. Built once per request by the web edge; {@code correlationId} ties the audit event to the
 * request and its log lines and may be empty. Acting on a signature device or certificate needs the
 * remote-signature password and an OTP of the device in the call itself, whatever the session's
 * level: the flows check both.
 */
public record SignatureActor(
    String name, String correlationId, Assurance assurance, Set<Role> roles) {

  public SignatureActor {
    if (name == null || name.isBlank() || name.length() > 200) {
      throw new IllegalArgumentException("an actor has a name of 1..200 characters");
    }
    correlationId = Objects.requireNonNullElse(correlationId, "");
    Objects.requireNonNull(assurance, "assurance");
    roles = Set.copyOf(roles);
  }

  /** A holder acting on their own signature, with what their session proved. */
  public static SignatureActor person(String name, String correlationId, Assurance assurance) {
    return new SignatureActor(name, correlationId, assurance, Set.of(Role.PERSON));
  }

  /** The platform itself (start-up seeding, housekeeping): never built from a request. */
  public static SignatureActor system(String name) {
    return new SignatureActor(name, "", Assurance.NONE, Set.of(Role.SYSTEM));
  }

  public boolean is(Role role) {
    return roles.contains(role);
  }
}

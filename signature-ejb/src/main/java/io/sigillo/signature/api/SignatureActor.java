package io.sigillo.signature.api;

import java.util.Objects;

/**
 * Who asks for a certificate action or a signature, as the audit trail names them: a holder's
 * username, an operator's, or a back-end's client id. {@code correlationId} ties the audit event to
 * the request and its log lines; it may be empty.
 */
public record SignatureActor(String name, String correlationId) {

  public SignatureActor {
    if (name == null || name.isBlank() || name.length() > 200) {
      throw new IllegalArgumentException("an actor has a name of 1..200 characters");
    }
    correlationId = Objects.requireNonNullElse(correlationId, "");
  }

  public static SignatureActor of(String name) {
    return new SignatureActor(name, "");
  }
}

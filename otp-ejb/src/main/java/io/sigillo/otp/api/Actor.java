package io.sigillo.otp.api;

import java.util.Objects;

/**
 * Who asks for a change or a validation, as the audit trail names them: a person's username, an
 * operator's, or a back-end's client id. {@code correlationId} ties the audit event to the request
 * and its log lines; it may be empty.
 */
public record Actor(String name, String correlationId) {

  public Actor {
    if (name == null || name.isBlank() || name.length() > 200) {
      throw new IllegalArgumentException("an actor has a name of 1..200 characters");
    }
    correlationId = Objects.requireNonNullElse(correlationId, "");
  }

  public static Actor of(String name) {
    return new Actor(name, "");
  }
}

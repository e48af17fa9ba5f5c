package io.sigillo.identity.api;

import java.util.List;

/**
 * The level-2 credentials of an identity (the password is the login broker's: the portal adds it).
 */
public record CredentialOverview(IdentitySummary identity, List<Credential> credentials) {

  public CredentialOverview {
    credentials = List.copyOf(credentials);
  }
}

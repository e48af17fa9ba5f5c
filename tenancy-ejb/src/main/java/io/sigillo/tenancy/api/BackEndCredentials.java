package io.sigillo.tenancy.api;

import java.util.Objects;

/**
 * What a reseller's back end needs to get tokens the API accepts: its client id and secret for
 * Keycloak's client-credentials grant. Handed to the platform operator only, never logged: {@link
 * #toString()} leaves the secret out, so a log line or an exception message that prints the record
 * cannot leak it.
 */
public record BackEndCredentials(String clientId, String secret) {

  public BackEndCredentials {
    Objects.requireNonNull(clientId, "clientId");
    Objects.requireNonNull(secret, "secret");
  }

  @Override
  public String toString() {
    return "BackEndCredentials[clientId=" + clientId + ", secret=***]";
  }
}

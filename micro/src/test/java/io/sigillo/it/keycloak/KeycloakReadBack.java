package io.sigillo.it.keycloak;

import org.jboss.resteasy.client.jaxrs.internal.ResteasyClientBuilderImpl;
import org.keycloak.OAuth2Constants;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.KeycloakBuilder;
import org.keycloak.admin.client.resource.RealmResource;

/**
 * An admin-API connection independent of the application's: the master realm's bootstrap admin, so
 * what the tests read back is what Keycloak holds, not what the application believes.
 */
final class KeycloakReadBack implements AutoCloseable {

  static final String REALM = "sigillo";

  private final Keycloak keycloak;

  KeycloakReadBack() {
    keycloak =
        KeycloakBuilder.builder()
            .serverUrl(url())
            .realm("master")
            .clientId("admin-cli")
            .grantType(OAuth2Constants.PASSWORD)
            .username(env("SIGILLO_IT_KEYCLOAK_ADMIN_USER"))
            .password(env("SIGILLO_IT_KEYCLOAK_ADMIN_PASSWORD"))
            .resteasyClient(new ResteasyClientBuilderImpl().build())
            .build();
  }

  static String url() {
    return env("SIGILLO_KEYCLOAK_URL");
  }

  RealmResource realm() {
    return keycloak.realm(REALM);
  }

  @Override
  public void close() {
    keycloak.close();
  }

  private static String env(String name) {
    String value = System.getenv(name);
    if (value == null || value.isBlank()) {
      throw new IllegalStateException(name + " must be set (micro/pom.xml, failsafe)");
    }
    return value;
  }
}

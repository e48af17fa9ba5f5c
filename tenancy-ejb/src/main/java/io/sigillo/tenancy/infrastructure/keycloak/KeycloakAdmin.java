package io.sigillo.tenancy.infrastructure.keycloak;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.client.Client;
import java.util.concurrent.TimeUnit;
import org.jboss.resteasy.client.jaxrs.internal.ResteasyClientBuilderImpl;
import org.keycloak.OAuth2Constants;
import org.keycloak.admin.client.JacksonProvider;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.KeycloakBuilder;
import org.keycloak.admin.client.resource.RealmResource;

/**
 * The one admin-API connection of the application: a service account ({@code client_credentials})
 * of the platform realm, so no human password is stored anywhere. The HTTP client is RESTEasy's,
 * built here explicitly with timeouts: Payara's own JAX-RS client is Jersey, which the admin client
 * cannot use, and a Keycloak outage must fail fast instead of holding request threads.
 */
@ApplicationScoped
public class KeycloakAdmin {

  @Inject private KeycloakSettings settings;

  private Keycloak keycloak;

  public synchronized RealmResource realm() {
    if (keycloak == null) {
      long timeout = settings.timeout().toMillis();
      Client http =
          new ResteasyClientBuilderImpl()
              .connectTimeout(timeout, TimeUnit.MILLISECONDS)
              .readTimeout(timeout * 2, TimeUnit.MILLISECONDS)
              .connectionPoolSize(8)
              .register(new JacksonProvider(), 100)
              .build();
      keycloak =
          KeycloakBuilder.builder()
              .serverUrl(settings.url())
              .realm(settings.realm())
              .grantType(OAuth2Constants.CLIENT_CREDENTIALS)
              .clientId(settings.adminClientId())
              .clientSecret(settings.adminClientSecret())
              .resteasyClient(http)
              .build();
    }
    return keycloak.realm(settings.realm());
  }

  @PreDestroy
  synchronized void close() {
    if (keycloak != null) {
      keycloak.close();
      keycloak = null;
    }
  }
}

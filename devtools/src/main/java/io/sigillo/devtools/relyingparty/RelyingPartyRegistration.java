package io.sigillo.devtools.relyingparty;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import org.jboss.resteasy.client.jaxrs.internal.ResteasyClientBuilderImpl;
import org.keycloak.OAuth2Constants;
import org.keycloak.admin.client.JacksonProvider;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.KeycloakBuilder;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.ClientRepresentation;

/**
 * The demo site's OIDC client in the realm, registered as docs/relying-parties.md tells a real
 * public-administration site to be: confidential, authorization code with PKCE S256 only, one exact
 * redirect URI, the login theme with the site's own name. Idempotent: the demo seeder calls it at
 * every start, and it brings an existing client back to this shape (a new port included). The
 * secret Keycloak generated is read back through the admin API and kept in memory only.
 *
 * <p>It talks to Keycloak through its own admin connection, built as tenancy's is (RESTEasy's
 * client, never Payara's Jersey), because the development tools may use the modules' api only.
 */
@ApplicationScoped
public class RelyingPartyRegistration {

  private static final Logger LOG = Logger.getLogger(RelyingPartyRegistration.class.getName());

  @Inject private RelyingPartySettings settings;

  private volatile String secret;

  /** Registers or updates the client; returns its secret. */
  public synchronized String ensure() {
    try (Keycloak keycloak = connect()) {
      RealmResource realm = keycloak.realm(settings.realm());
      ClientRepresentation wanted = representation();
      List<ClientRepresentation> found =
          realm.clients().findByClientId(RelyingPartySettings.CLIENT_ID);
      String id;
      if (found.isEmpty()) {
        try (Response created = realm.clients().create(wanted)) {
          // 409: registered meanwhile by another node; found below
          if (created.getStatus() != 201 && created.getStatus() != 409) {
            throw new IllegalStateException(
                "Keycloak refused the demo client: HTTP " + created.getStatus());
          }
        }
        id = realm.clients().findByClientId(RelyingPartySettings.CLIENT_ID).get(0).getId();
      } else {
        id = found.get(0).getId();
        realm.clients().get(id).update(wanted);
      }
      secret = realm.clients().get(id).getSecret().getValue();
      LOG.info(
          () ->
              "demo relying party "
                  + RelyingPartySettings.CLIENT_ID
                  + " registered at "
                  + settings.home());
      return secret;
    }
  }

  /** The client secret: the one read at registration, else registered now. */
  public String secret() {
    String known = secret;
    return known != null ? known : ensure();
  }

  ClientRepresentation representation() {
    ClientRepresentation client = new ClientRepresentation();
    client.setClientId(RelyingPartySettings.CLIENT_ID);
    client.setName("Comune di Esempio (demo)");
    client.setDescription(
        "Demo relying party of scripts/run.sh: a public-administration site asking for SPID level 2");
    client.setProtocol("openid-connect");
    client.setEnabled(true);
    client.setPublicClient(false);
    client.setClientAuthenticatorType("client-secret");
    client.setStandardFlowEnabled(true);
    client.setImplicitFlowEnabled(false);
    client.setDirectAccessGrantsEnabled(false);
    client.setServiceAccountsEnabled(false);
    client.setFrontchannelLogout(false);
    client.setRootUrl(settings.home().toString());
    client.setBaseUrl(settings.home().toString());
    client.setRedirectUris(List.of(settings.callback().toString()));
    client.setWebOrigins(List.of());
    Map<String, String> attributes = new LinkedHashMap<>();
    attributes.put("pkce.code.challenge.method", "S256");
    attributes.put("post.logout.redirect.uris", settings.home().toString());
    // the shared login theme, branded as the site rather than as a reseller
    attributes.put("login_theme", "sigillo");
    attributes.put("sigillo.brand.name", "Comune di Esempio");
    attributes.put("sigillo.brand.primary-color", "#1a4d80");
    attributes.put("sigillo.brand.accent-color", "#b35900");
    client.setAttributes(attributes);
    return client;
  }

  private Keycloak connect() {
    long timeout = settings.timeout().toMillis();
    Client http =
        new ResteasyClientBuilderImpl()
            .connectTimeout(timeout, TimeUnit.MILLISECONDS)
            .readTimeout(timeout * 2, TimeUnit.MILLISECONDS)
            .register(new JacksonProvider(), 100)
            .build();
    return KeycloakBuilder.builder()
        .serverUrl(settings.keycloakUrl())
        .realm(settings.realm())
        .grantType(OAuth2Constants.CLIENT_CREDENTIALS)
        .clientId(settings.adminClientId())
        .clientSecret(settings.adminClientSecret())
        .resteasyClient(http)
        .build();
  }
}

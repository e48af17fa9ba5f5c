package io.sigillo.tenancy.infrastructure.keycloak;

import io.sigillo.core.error.PlatformError;
import io.sigillo.core.error.SigilloException;
import io.sigillo.tenancy.api.Passwords;
import io.sigillo.tenancy.api.TenancyError;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.keycloak.admin.client.CreatedResponseUtil;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.ClientRepresentation;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.UserRepresentation;

/**
 * Passwords in the platform realm. Re-authentication uses a dedicated confidential client that only
 * allows the password grant ({@value #CLIENT_ID}, no browser flow, no scope, no roles), created
 * here on first use: the tenants' portal clients keep the password grant disabled. Keycloak applies
 * its own brute-force protection to these checks as to its login form. The typed password is sent
 * to Keycloak only and wiped from memory afterwards.
 */
@ApplicationScoped
public class KeycloakPasswords implements Passwords {

  static final String CLIENT_ID = "sigillo-reauth";
  private static final Logger LOG = Logger.getLogger(KeycloakPasswords.class.getName());

  @Inject private KeycloakAdmin admin;
  @Inject private KeycloakSettings settings;

  private volatile String secret;

  private final HttpClient http =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  @Override
  public Optional<Instant> passwordSetAt(String username) {
    RealmResource realm = admin.realm();
    Optional<String> userId = user(realm, username).map(UserRepresentation::getId);
    return userId.flatMap(
        id ->
            realm.users().get(id).credentials().stream()
                .filter(c -> CredentialRepresentation.PASSWORD.equals(c.getType()))
                .findFirst()
                .map(
                    c ->
                        c.getCreatedDate() == null
                            ? Instant.EPOCH
                            : Instant.ofEpochMilli(c.getCreatedDate())));
  }

  @Override
  public boolean verify(String username, char[] password) {
    try {
      String body =
          "grant_type=password&client_id="
              + CLIENT_ID
              + "&client_secret="
              + encode(clientSecret())
              + "&username="
              + encode(username)
              + "&password="
              + URLEncoder.encode(new String(password), StandardCharsets.UTF_8);
      HttpRequest request =
          HttpRequest.newBuilder(
                  URI.create(
                      settings.url()
                          + "/realms/"
                          + settings.realm()
                          + "/protocol/openid-connect/token"))
              .timeout(settings.timeout())
              .header("Content-Type", "application/x-www-form-urlencoded")
              .POST(HttpRequest.BodyPublishers.ofString(body))
              .build();
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() == 200) {
        return true;
      }
      if (response.body().contains("invalid_client")) {
        // the client's secret changed in Keycloak: read it again next time, say nothing of the
        // password
        secret = null;
        LOG.warning("password check: client " + CLIENT_ID + " refused, its secret is read again");
        throw new SigilloException(PlatformError.LOGIN_UNAVAILABLE);
      }
      if (response.statusCode() == 400 || response.statusCode() == 401) {
        return false;
      }
      LOG.warning(() -> "password check answered HTTP " + response.statusCode());
      throw new SigilloException(PlatformError.LOGIN_UNAVAILABLE);
    } catch (IOException e) {
      LOG.warning(() -> "password check unreachable: " + e.getMessage());
      throw new SigilloException(PlatformError.LOGIN_UNAVAILABLE);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new SigilloException(PlatformError.LOGIN_UNAVAILABLE);
    } finally {
      Arrays.fill(password, '\0');
    }
  }

  /**
   * Sets a new password through the admin API (not temporary): for {@code PasswordChangeBean} only,
   * after its checks; deliberately not on the {@link Passwords} api the portal sees. Keycloak's own
   * password policy may refuse it ({@code TEN-045}). The array is wiped before returning.
   */
  public void replace(String username, char[] password) {
    try {
      RealmResource realm = admin.realm();
      String id =
          user(realm, username)
              .map(UserRepresentation::getId)
              .orElseThrow(() -> new SigilloException(TenancyError.PASSWORD_CURRENT_WRONG));
      CredentialRepresentation credential = new CredentialRepresentation();
      credential.setType(CredentialRepresentation.PASSWORD);
      credential.setTemporary(false);
      credential.setValue(new String(password));
      realm.users().get(id).resetPassword(credential);
    } catch (BadRequestException e) {
      // the realm's password policy: Keycloak names the rule, never the password
      LOG.info(() -> "new password refused by the realm's policy: " + policyMessage(e));
      throw new SigilloException(TenancyError.PASSWORD_REFUSED_BY_POLICY);
    } catch (ProcessingException | WebApplicationException e) {
      LOG.warning(() -> "password change: Keycloak answered " + e.getMessage());
      throw new SigilloException(PlatformError.LOGIN_UNAVAILABLE);
    } finally {
      Arrays.fill(password, '\0');
    }
  }

  private static String policyMessage(BadRequestException e) {
    try {
      return e.getResponse().readEntity(String.class);
    } catch (RuntimeException unreadable) {
      return "(no body)";
    }
  }

  private static Optional<UserRepresentation> user(RealmResource realm, String username) {
    return realm.users().searchByUsername(username, true).stream()
        .filter(u -> username.equalsIgnoreCase(u.getUsername()))
        .findFirst();
  }

  /** The re-authentication client's secret, creating the client the first time (idempotent). */
  private String clientSecret() {
    String known = secret;
    if (known != null) {
      return known;
    }
    synchronized (this) {
      if (secret == null) {
        RealmResource realm = admin.realm();
        String id =
            KeycloakTenantProvisioning.findClient(realm, CLIENT_ID)
                .map(ClientRepresentation::getId)
                .orElseGet(() -> create(realm));
        secret = realm.clients().get(id).getSecret().getValue();
      }
      return secret;
    }
  }

  private static String create(RealmResource realm) {
    ClientRepresentation client = new ClientRepresentation();
    client.setClientId(CLIENT_ID);
    client.setName("Sigillo password re-authentication");
    client.setPublicClient(false);
    client.setStandardFlowEnabled(false);
    client.setImplicitFlowEnabled(false);
    client.setServiceAccountsEnabled(false);
    client.setDirectAccessGrantsEnabled(true);
    client.setFullScopeAllowed(false);
    client.setDefaultClientScopes(List.of());
    client.setOptionalClientScopes(List.of());
    try (Response created = realm.clients().create(client)) {
      if (created.getStatus() == 201) {
        return CreatedResponseUtil.getCreatedId(created);
      }
    }
    // 409: created concurrently by another node
    return KeycloakTenantProvisioning.findClient(realm, CLIENT_ID)
        .map(ClientRepresentation::getId)
        .orElseThrow(() -> new IllegalStateException("client " + CLIENT_ID + " not created"));
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}

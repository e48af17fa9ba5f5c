package io.sigillo.selfcare.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import io.sigillo.core.tenant.TenantId;
import io.sigillo.tenancy.api.LoginClients;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * An anonymous hit on a protected page needs the provider metadata to send the browser to Keycloak:
 * it is fetched once and reused, so a flood of hits is not a flood of requests to Keycloak, and an
 * outage is noticed again after the cache time.
 */
class OidcProviderTest {

  private HttpServer keycloak;
  private final AtomicInteger fetches = new AtomicInteger();
  private volatile boolean up = true;
  private final MovableClock clock = new MovableClock(Instant.parse("2026-12-07T10:00:00Z"));
  private OidcProvider provider;

  @BeforeEach
  void start() throws IOException {
    keycloak = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    String issuer = "http://127.0.0.1:" + keycloak.getAddress().getPort() + "/realms/sigillo";
    keycloak.createContext(
        "/realms/sigillo/.well-known/openid-configuration",
        exchange -> {
          fetches.incrementAndGet();
          byte[] body =
              ("{\"issuer\":\"%1$s\",\"authorization_endpoint\":\"%1$s/protocol/openid-connect/auth\","
                      + "\"token_endpoint\":\"%1$s/protocol/openid-connect/token\","
                      + "\"jwks_uri\":\"%1$s/protocol/openid-connect/certs\","
                      + "\"response_types_supported\":[\"code\"],"
                      + "\"subject_types_supported\":[\"public\"],"
                      + "\"id_token_signing_alg_values_supported\":[\"RS256\"]}")
                  .formatted(issuer)
                  .getBytes(StandardCharsets.UTF_8);
          exchange.getResponseHeaders().add("Content-Type", "application/json");
          exchange.sendResponseHeaders(up ? 200 : 503, body.length);
          try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
          }
        });
    keycloak.start();
    provider = new OidcProvider();
    provider.settings =
        new LoginClients() {
          @Override
          public URI issuer() {
            return URI.create(issuer);
          }

          @Override
          public Duration timeout() {
            return Duration.ofSeconds(2);
          }

          @Override
          public String secret(TenantId tenant) {
            throw new UnsupportedOperationException();
          }

          @Override
          public String apiAudience() {
            throw new UnsupportedOperationException();
          }

          @Override
          public byte[] derivedKey(String purpose) {
            throw new UnsupportedOperationException();
          }
        };
    provider.clock = clock;
    provider.init();
  }

  @AfterEach
  void stop() {
    keycloak.stop(0);
  }

  @Test
  void manyLoginStartsFetchTheMetadataOnce() {
    for (int i = 0; i < 200; i++) {
      assertThat(provider.metadata().getAuthorizationEndpointURI().getPath())
          .endsWith("/protocol/openid-connect/auth");
    }
    assertThat(fetches.get()).isEqualTo(1);
  }

  @Test
  void theMetadataIsFetchedAgainAfterTheCacheTime() {
    provider.metadata();
    clock.advance(OidcProvider.METADATA_TTL.minusSeconds(1));
    provider.metadata();
    assertThat(fetches.get()).isEqualTo(1);
    clock.advance(Duration.ofSeconds(2));
    provider.metadata();
    assertThat(fetches.get()).isEqualTo(2);
  }

  @Test
  void anOutageRefusesLoginsAndIsNotAskedAgainAtEveryHit() {
    up = false;
    for (int i = 0; i < 20; i++) {
      assertThatThrownBy(provider::metadata).isInstanceOf(LoginUnavailableException.class);
    }
    assertThat(fetches.get()).isEqualTo(1);
    up = true;
    clock.advance(OidcProvider.FAILURE_HOLD.plusSeconds(1));
    assertThat(provider.metadata()).isNotNull();
    assertThat(fetches.get()).isEqualTo(2);
  }

  /** A clock the test moves forward. */
  private static final class MovableClock extends Clock {
    private volatile Instant now;

    MovableClock(Instant now) {
      this.now = now;
    }

    void advance(Duration by) {
      now = now.plus(by);
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}

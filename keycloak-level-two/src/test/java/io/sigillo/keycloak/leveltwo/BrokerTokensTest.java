package io.sigillo.keycloak.leveltwo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The broker's token is asked for once per lifetime, renewed before it expires, per endpoint. */
class BrokerTokensTest {

  private static final URI LOCAL =
      URI.create("http://127.0.0.1:8180/realms/sigillo/protocol/openid-connect/token");
  private static final URI PUBLIC =
      URI.create("https://login.example/realms/sigillo/protocol/openid-connect/token");

  /** A clock the test moves. */
  private static final class MovingClock extends Clock {
    private Instant now = Instant.parse("2026-12-07T10:00:00Z");

    void advance(Duration by) {
      now = now.plus(by);
    }

    @Override
    public Instant instant() {
      return now;
    }

    @Override
    public ZoneOffset getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }
  }

  private final MovingClock clock = new MovingClock();
  private final List<URI> grants = new ArrayList<>();
  private final BrokerTokens tokens =
      new BrokerTokens(
          endpoint -> {
            grants.add(endpoint);
            return new BrokerTokens.Issued("token-" + grants.size(), Duration.ofSeconds(300));
          },
          clock);

  @Test
  void oneGrantServesEveryCallUntilShortlyBeforeExpiry() throws Exception {
    assertThat(tokens.token(LOCAL)).isEqualTo("token-1");
    clock.advance(Duration.ofSeconds(269));
    assertThat(tokens.token(LOCAL)).isEqualTo("token-1");
    clock.advance(Duration.ofSeconds(1));
    assertThat(tokens.token(LOCAL)).as("30 s before expiry").isEqualTo("token-2");
    assertThat(grants).hasSize(2);
  }

  @Test
  void eachTokenEndpointHasItsOwnToken() throws Exception {
    assertThat(tokens.token(LOCAL)).isEqualTo("token-1");
    assertThat(tokens.token(PUBLIC)).isEqualTo("token-2");
    assertThat(tokens.token(LOCAL)).isEqualTo("token-1");
  }

  @Test
  void aTokenSigilloRefusedIsForgottenButNotANewerOne() throws Exception {
    tokens.token(LOCAL);
    tokens.forget(LOCAL, "token-1");
    assertThat(tokens.token(LOCAL)).isEqualTo("token-2");
    tokens.forget(LOCAL, "token-1");
    assertThat(tokens.token(LOCAL)).isEqualTo("token-2");
  }

  @Test
  void veryShortLifetimesAreReusedForHalfTheirLength() {
    assertThat(BrokerTokens.usable(Duration.ofSeconds(300))).isEqualTo(Duration.ofSeconds(270));
    assertThat(BrokerTokens.usable(Duration.ofSeconds(40))).isEqualTo(Duration.ofSeconds(20));
  }

  @Test
  void aFailedGrantIsNotCachedAndIsReportedAsUnavailable() throws Exception {
    List<String> answers = new ArrayList<>(List.of("fail", "ok"));
    BrokerTokens flaky =
        new BrokerTokens(
            endpoint -> {
              if (answers.remove(0).equals("fail")) {
                throw new SigilloUnavailable("Keycloak refused a token: HTTP 401");
              }
              return new BrokerTokens.Issued("fresh", Duration.ofSeconds(300));
            },
            clock);
    assertThatThrownBy(() -> flaky.token(LOCAL)).isInstanceOf(SigilloUnavailable.class);
    assertThat(flaky.token(LOCAL)).isEqualTo("fresh");
  }
}

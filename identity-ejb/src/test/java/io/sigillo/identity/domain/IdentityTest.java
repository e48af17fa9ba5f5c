package io.sigillo.identity.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sigillo.identity.api.IdentityStatus;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class IdentityTest {

  private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

  @Test
  void aNewIdentityIsActiveWithNormalisedUsernameAndEmail() {
    Identity identity =
        Identity.register(
            " Mario.Rossi ", "Mario", "Rossi", "Mario@Example.IT", "+393331234567", NOW);
    assertThat(identity.username()).isEqualTo("mario.rossi");
    assertThat(identity.email()).isEqualTo("mario@example.it");
    assertThat(identity.status()).isEqualTo(IdentityStatus.ACTIVE);
  }

  @Test
  void eachInvalidFieldIsNamed() {
    assertField(() -> Identity.register("a", "M", "R", null, null, NOW), "username");
    assertField(() -> Identity.register("mario", " ", "R", null, null, NOW), "givenName");
    assertField(() -> Identity.register("mario", "M", "R", "not-mail", null, NOW), "email");
    assertField(() -> Identity.register("mario", "M", "R", null, "3331234567", NOW), "mobile");
  }

  private static void assertField(Runnable registration, String field) {
    assertThatThrownBy(registration::run)
        .isInstanceOfSatisfying(
            InvalidIdentityData.class, e -> assertThat(e.field()).isEqualTo(field));
  }
}

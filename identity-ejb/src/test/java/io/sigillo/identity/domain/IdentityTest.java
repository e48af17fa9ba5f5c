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
    assertField(() -> Identity.register("mario", "M", "R", null, "333 12", NOW), "mobile");
  }

  @Test
  void aMobileTypedAsItaliansTypeItIsStoredInE164AndAWrongOneIsRefusedAboutTheNumber() {
    assertThat(Identity.register("mario", "M", "R", null, "0039 333 123 4567", NOW).mobile())
        .isEqualTo("+393331234567");
    assertThat(Identity.checkedMobile("333 123 4567")).isEqualTo("+393331234567");
    InvalidIdentityData wrong =
        org.junit.jupiter.api.Assertions.assertThrows(
            InvalidIdentityData.class, () -> Identity.checkedMobile("06 1234 5678"));
    assertThat(wrong.refusal().code())
        .isEqualTo(io.sigillo.identity.api.IdentityError.MOBILE_INVALID);
    assertThat(wrong.refusal().arguments()).containsExactly("06 1234 5678");
  }

  @Test
  void personalDataIsCheckedAndTheContactsGivenAtRegistrationAreVerified() {
    Identity identity =
        Identity.register(
            "mario.rossi",
            "Mario",
            "Rossi",
            "mario@example.it",
            "+393331234567",
            "rssmra85t10a562s",
            java.time.LocalDate.of(1985, 12, 10),
            NOW);
    assertThat(identity.codiceFiscale()).contains("RSSMRA85T10A562S");
    assertThat(identity.emailVerified()).isTrue();
    assertThat(identity.mobileVerified()).isTrue();
    assertField(
        () -> Identity.register("mario", "M", "R", null, null, "RSSMRA85T10A562X", null, NOW),
        "codiceFiscale");
    assertField(
        () ->
            Identity.register(
                "mario", "M", "R", null, null, null, java.time.LocalDate.of(2030, 1, 1), NOW),
        "birthDate");
  }

  @Test
  void suspensionIsReversibleAndRevocationIsFinal() {
    Identity identity = Identity.register("mario", "Mario", "Rossi", null, null, NOW);
    identity.suspend("lost phone", NOW);
    assertThat(identity.status()).isEqualTo(IdentityStatus.SUSPENDED);
    assertThatThrownBy(() -> identity.suspend("again", NOW))
        .isInstanceOf(IllegalStateException.class);
    identity.reactivate(NOW);
    identity.revoke("done", NOW);
    assertThat(identity.status()).isEqualTo(IdentityStatus.REVOKED);
    assertThatThrownBy(() -> identity.reactivate(NOW)).isInstanceOf(IllegalStateException.class);
  }

  private static void assertField(Runnable registration, String field) {
    assertThatThrownBy(registration::run)
        .isInstanceOfSatisfying(
            InvalidIdentityData.class, e -> assertThat(e.field()).isEqualTo(field));
  }
}

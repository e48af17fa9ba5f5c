package io.sigillo.identity.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sigillo.identity.api.DocumentType;
import io.sigillo.identity.api.IdentityStatus;
import io.sigillo.identity.api.ProofingMethod;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class IdentityProofingTest {

  private static final Instant NOW = Instant.parse("2026-12-07T10:00:00Z");

  @Test
  void anExpiredDocumentIsRefusedWithItsExpiryAndOneValidTodayIsAccepted() {
    assertThatThrownBy(
            () ->
                IdentityProofing.of(
                    1,
                    ProofingMethod.IN_PERSON,
                    DocumentType.PASSPORT,
                    "YA1234567",
                    "Questura di Roma",
                    LocalDate.of(2026, 12, 6),
                    "op",
                    NOW))
        .isInstanceOfSatisfying(
            IdentityProofing.DocumentExpired.class,
            e -> assertThat(e.expiry()).isEqualTo(LocalDate.of(2026, 12, 6)));
    IdentityProofing today =
        IdentityProofing.of(
            1,
            ProofingMethod.VIDEO,
            DocumentType.IDENTITY_CARD,
            " ca 12345 ab ",
            "Comune di Roma",
            LocalDate.of(2026, 12, 7),
            "op",
            NOW);
    assertThat(today.documentNumber()).isEqualTo("CA12345AB");
  }

  @Test
  void everyProofingFieldIsRequiredAndNamedWhenMissing() {
    assertThatThrownBy(
            () ->
                IdentityProofing.of(
                    1,
                    null,
                    DocumentType.PASSPORT,
                    "YA1234567",
                    "Questura",
                    LocalDate.of(2030, 1, 1),
                    "op",
                    NOW))
        .isInstanceOfSatisfying(
            InvalidIdentityData.class, e -> assertThat(e.field()).isEqualTo("method"));
    assertThatThrownBy(
            () ->
                IdentityProofing.of(
                    1,
                    ProofingMethod.CIE,
                    DocumentType.ELECTRONIC_IDENTITY_CARD,
                    "12",
                    "Comune",
                    LocalDate.of(2030, 1, 1),
                    "op",
                    NOW))
        .isInstanceOfSatisfying(
            InvalidIdentityData.class, e -> assertThat(e.field()).isEqualTo("documentNumber"));
  }

  @Test
  void anEnrolledIdentityIsPendingUntilBothContactsAreProven() {
    Identity identity =
        Identity.enrol(
            "mario.rossi",
            "Mario",
            "Rossi",
            "mario@example.org",
            "+393331234567",
            "RSSMRA80A01H501U",
            LocalDate.of(1980, 1, 1),
            "m",
            "Roma",
            "RM",
            NOW);
    assertThat(identity.status()).isEqualTo(IdentityStatus.PENDING);
    assertThat(identity.mobileVerified()).isFalse();
    assertThat(identity.emailVerified()).isFalse();
    identity.proveMobile();
    assertThat(identity.completeEnrolment(NOW)).isFalse();
    assertThat(identity.status()).isEqualTo(IdentityStatus.PENDING);
    identity.proveEmail();
    assertThat(identity.completeEnrolment(NOW)).isTrue();
    assertThat(identity.status()).isEqualTo(IdentityStatus.ACTIVE);
  }

  @Test
  void anEnrolmentNeedsBothContactsAndTheBirthData() {
    assertThatThrownBy(
            () ->
                Identity.enrol(
                    "mario.rossi",
                    "Mario",
                    "Rossi",
                    "mario@example.org",
                    "",
                    "RSSMRA80A01H501U",
                    LocalDate.of(1980, 1, 1),
                    "M",
                    "Roma",
                    "RM",
                    NOW))
        .isInstanceOfSatisfying(
            InvalidIdentityData.class, e -> assertThat(e.field()).isEqualTo("mobile"));
    assertThatThrownBy(
            () ->
                Identity.enrol(
                    "mario.rossi",
                    "Mario",
                    "Rossi",
                    "mario@example.org",
                    "+393331234567",
                    "RSSMRA80A01H501U",
                    LocalDate.of(1980, 1, 1),
                    "X",
                    "Roma",
                    "RM",
                    NOW))
        .isInstanceOfSatisfying(
            InvalidIdentityData.class, e -> assertThat(e.field()).isEqualTo("sex"));
  }
}

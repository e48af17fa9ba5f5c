package io.sigillo.signature.domain.holder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sigillo.core.error.SigilloException;
import io.sigillo.core.person.VerifiedPerson;
import io.sigillo.signature.api.ContactKind;
import io.sigillo.signature.api.HolderData;
import io.sigillo.signature.api.Sex;
import io.sigillo.signature.api.SignatureError;
import io.sigillo.signature.api.TestHolderData;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class VerifiedHolderDataTest {

  private static final VerifiedPerson ANNA =
      new VerifiedPerson(
          "anna",
          "Anna",
          "Bianchi",
          Optional.of("BNCNNA90C45H501K"),
          Optional.of(LocalDate.of(1990, 3, 5)),
          Optional.of("+393331234567"),
          Optional.of("anna@example.it"));

  @Test
  void whatTheIdentityKnowsIsTakenFromItAndTheRestFromTheForm() {
    HolderData data =
        VerifiedHolderData.of(
            ANNA, new HolderData(null, " ", Sex.FEMALE, null, "Roma", "RM", null));

    assertThat(data).isEqualTo(TestHolderData.ANNA);
  }

  @Test
  void repeatingTheIdentityInAnotherCaseOrWithAccentsIsAccepted() {
    HolderData data =
        VerifiedHolderData.of(
            ANNA,
            new HolderData(
                "bianchì",
                "ANNA",
                Sex.FEMALE,
                LocalDate.of(1990, 3, 5),
                "Roma",
                "RM",
                "bncnna90c45h501k "));

    assertThat(data.codiceFiscale()).isEqualTo("BNCNNA90C45H501K");
    assertThat(data.surname()).isEqualTo("Bianchi");
  }

  @Test
  void anotherPersonsNameAndTaxCodeAreRefusedNamingEachField() {
    HolderData someoneElse = TestHolderData.MARIO;

    assertThatThrownBy(() -> VerifiedHolderData.of(ANNA, someoneElse))
        .isInstanceOfSatisfying(
            SigilloException.class,
            e -> {
              assertThat(e.code()).isEqualTo(SignatureError.HOLDER_DATA_NOT_IDENTITY);
              assertThat(e.arguments())
                  .containsExactly("surname, givenName, birthDate, codiceFiscale");
            });
  }

  @Test
  void anIdentityWithoutTaxCodeCannotVouchForACertificate() {
    VerifiedPerson withoutTaxCode =
        new VerifiedPerson(
            "anna", "Anna", "Bianchi", Optional.empty(), Optional.empty(), null, null);

    assertThatThrownBy(
            () ->
                VerifiedHolderData.of(
                    withoutTaxCode,
                    new HolderData(
                        "Bianchi", "Anna", Sex.FEMALE, null, "Roma", "RM", "BNCNNA90C45H501K")))
        .isInstanceOfSatisfying(
            SigilloException.class,
            e -> assertThat(e.code()).isEqualTo(SignatureError.IDENTITY_REQUIRED));
  }

  @Test
  void contactsAreTheIdentitysVerifiedOnesAndATypedOneMustBeTheSame() {
    assertThat(VerifiedHolderData.contact(ANNA, ContactKind.MOBILE, null))
        .isEqualTo("+393331234567");
    assertThat(VerifiedHolderData.contact(ANNA, ContactKind.MOBILE, "333 123 4567"))
        .isEqualTo("+393331234567");
    assertThat(VerifiedHolderData.contact(ANNA, ContactKind.EMAIL, "Anna@Example.IT"))
        .isEqualTo("anna@example.it");

    assertThatThrownBy(() -> VerifiedHolderData.contact(ANNA, ContactKind.MOBILE, "+393339999999"))
        .isInstanceOfSatisfying(
            SigilloException.class,
            e -> assertThat(e.code()).isEqualTo(SignatureError.HOLDER_DATA_NOT_IDENTITY));
    VerifiedPerson unverified =
        new VerifiedPerson("anna", "Anna", "Bianchi", ANNA.codiceFiscale(), null, null, null);
    assertThatThrownBy(() -> VerifiedHolderData.contact(unverified, ContactKind.EMAIL, null))
        .isInstanceOfSatisfying(
            SigilloException.class,
            e -> assertThat(e.code()).isEqualTo(SignatureError.IDENTITY_CONTACTS_UNVERIFIED));
  }
}

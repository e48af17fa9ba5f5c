package io.sigillo.signature.domain.holder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sigillo.core.error.SigilloException;
import io.sigillo.signature.api.ContactKind;
import io.sigillo.signature.api.SignatureError;
import org.junit.jupiter.api.Test;

class ContactsTest {

  @Test
  void anItalianMobileTypedAnyCommonWayHasOneNormalForm() {
    assertThat(Contacts.mobile("333 123 4567")).isEqualTo("+393331234567");
    assertThat(Contacts.mobile("0039 333-123.4567")).isEqualTo("+393331234567");
    assertThat(Contacts.mobile("+39 (333) 1234567")).isEqualTo("+393331234567");
    assertThat(Contacts.mobile("+41791234567")).isEqualTo("+41791234567");
  }

  @Test
  void somethingThatIsNotAMobileNumberIsRefusedWithWhatWasTyped() {
    assertThatThrownBy(() -> Contacts.mobile("06 1234"))
        .isInstanceOf(SigilloException.class)
        .satisfies(
            e -> {
              assertThat(((SigilloException) e).code()).isEqualTo(SignatureError.MOBILE_INVALID);
              assertThat(((SigilloException) e).arguments()).containsExactly("06 1234");
            });
    assertThatThrownBy(() -> Contacts.mobile(" "))
        .hasFieldOrPropertyWithValue("code", SignatureError.MOBILE_INVALID);
  }

  @Test
  void emailAddressesDifferingOnlyInCaseAndSpacesAreTheSame() {
    assertThat(Contacts.email("  Anna.Neri@Example.IT ")).isEqualTo("anna.neri@example.it");
    assertThat(Contacts.normalise(ContactKind.EMAIL, "ANNA.NERI@example.it"))
        .isEqualTo(Contacts.normalise(ContactKind.EMAIL, "anna.neri@EXAMPLE.it"));
  }

  @Test
  void malformedEmailAddressesAreRefused() {
    for (String typed : new String[] {"anna", "anna@", "@example.it", "anna@example", "a b@c.it"}) {
      assertThatThrownBy(() -> Contacts.email(typed))
          .as(typed)
          .hasFieldOrPropertyWithValue("code", SignatureError.EMAIL_INVALID);
    }
  }
}

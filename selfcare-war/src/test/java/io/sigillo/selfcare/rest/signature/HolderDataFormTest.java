package io.sigillo.selfcare.rest.signature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sigillo.core.error.PlatformError;
import io.sigillo.core.error.SigilloException;
import io.sigillo.signature.api.HolderData;
import io.sigillo.signature.api.Sex;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class HolderDataFormTest {

  @Test
  void readsTheFormsStringsIntoHolderData() {
    HolderData data =
        new HolderDataForm("Bianchi", "Anna", " f ", "1990-03-05", "Roma", "RM", "BNCNNA90C45H501K")
            .toHolderData();

    assertThat(data.sex()).isEqualTo(Sex.FEMALE);
    assertThat(data.birthDate()).isEqualTo(LocalDate.of(1990, 3, 5));
    assertThat(data.codiceFiscale()).isEqualTo("BNCNNA90C45H501K");
  }

  @Test
  void leavesMissingFieldsForTheCheckToReport() {
    HolderData data = new HolderDataForm(null, null, " ", "", null, null, null).toHolderData();

    assertThat(data.sex()).isNull();
    assertThat(data.birthDate()).isNull();
  }

  @Test
  void refusesADateThatIsNotADateNamingTheFieldAndTheFormat() {
    HolderDataForm form = new HolderDataForm("Bianchi", "Anna", "F", "5/3/90", null, null, null);

    assertThatThrownBy(form::toHolderData)
        .isInstanceOfSatisfying(
            SigilloException.class,
            e -> {
              assertThat(e.code()).isEqualTo(PlatformError.VALIDATION);
              assertThat(e.arguments()).containsExactly("birthDate", "yyyy-mm-dd");
            });
  }

  @Test
  void refusesASexOtherThanMOrF() {
    HolderDataForm form = new HolderDataForm("Bianchi", "Anna", "X", null, null, null, null);

    assertThatThrownBy(form::toHolderData)
        .isInstanceOfSatisfying(
            SigilloException.class, e -> assertThat(e.arguments()).containsExactly("sex", "M | F"));
  }
}

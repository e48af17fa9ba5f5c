package io.sigillo.signature.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sigillo.signature.api.HolderData;
import io.sigillo.signature.api.HolderDataCheckResult;
import io.sigillo.signature.api.HolderDataInconsistentException;
import io.sigillo.signature.api.HolderField;
import io.sigillo.signature.api.Sex;
import io.sigillo.signature.api.SignatureError;
import io.sigillo.signature.api.TestHolderData;
import io.sigillo.signature.infrastructure.belfiore.ClasspathBelfioreRegistry;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class HolderDataCheckBeanTest {

  private static final HolderData ANNA = TestHolderData.ANNA;

  private final HolderDataCheckBean bean = bean();

  @Test
  void consistentDataPass() {
    assertThat(bean.check(ANNA).consistent()).isTrue();
    assertThatCode(() -> bean.requireConsistent(ANNA)).doesNotThrowAnyException();
  }

  @Test
  void resultGroupsFindingsByField() {
    HolderData wrong =
        new HolderData(
            "Bianchi",
            "Anna",
            Sex.MALE,
            LocalDate.of(1991, 3, 5),
            "Milano",
            null,
            "BNCNNA90C45H501K");

    HolderDataCheckResult result = bean.check(wrong);

    assertThat(result.consistent()).isFalse();
    assertThat(result.findingsFor(HolderField.BIRTH_DATE)).hasSize(1);
    assertThat(result.findingsFor(HolderField.SEX)).hasSize(1);
    assertThat(result.findingsFor(HolderField.PLACE_OF_BIRTH)).hasSize(1);
    assertThat(result.findingsFor(HolderField.SURNAME)).isEmpty();
  }

  @Test
  void requireConsistentRefusesWithEveryFindingAndTheCountOfFields() {
    HolderData wrong =
        new HolderData(
            "Bianchi",
            "Anna",
            Sex.MALE,
            LocalDate.of(1990, 3, 5),
            "Milano",
            null,
            "BNCNNA90C45H501K");

    assertThatThrownBy(() -> bean.requireConsistent(wrong))
        .isInstanceOfSatisfying(
            HolderDataInconsistentException.class,
            e -> {
              assertThat(e.code()).isEqualTo(SignatureError.HOLDER_DATA_INCONSISTENT);
              assertThat(e.arguments()).containsExactly("2");
              assertThat(e.findings())
                  .extracting(f -> f.field())
                  .containsExactly(HolderField.SEX, HolderField.PLACE_OF_BIRTH);
            });
  }

  private static HolderDataCheckBean bean() {
    HolderDataCheckBean bean = new HolderDataCheckBean();
    bean.registry = new ClasspathBelfioreRegistry();
    return bean;
  }
}

package io.sigillo.signature.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.sigillo.signature.api.HolderData;
import io.sigillo.signature.api.HolderDataFinding;
import io.sigillo.signature.api.HolderField;
import io.sigillo.signature.api.PlaceSuggestion;
import io.sigillo.signature.api.Sex;
import io.sigillo.signature.api.SignatureError;
import io.sigillo.signature.api.TestHolderData;
import io.sigillo.signature.infrastructure.belfiore.ClasspathBelfioreRegistry;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Runs against the real shipped registry. The holders' codes were computed with a separate
 * implementation of the encoding and check tables; see {@code TaxCodeEncodingTest}.
 */
class HolderDataCheckerTest {

  private static final HolderData MARIO = TestHolderData.MARIO;

  private static final HolderData ANNA = TestHolderData.ANNA;

  private static final HolderData EVA =
      new HolderData(
          "Li", "Eva", Sex.FEMALE, LocalDate.of(1962, 11, 1), "Francia", null, "LIXVEA62S41Z110X");

  private static final HolderData GIUSEPPE =
      new HolderData(
          "Verdi",
          "Giuseppe",
          Sex.MALE,
          LocalDate.of(1960, 6, 20),
          "Monza",
          "MB",
          "VRDGPP60H20F704U");

  /** Born in San Giovanni (TO), a name several provinces have. */
  private static final HolderData PAOLO =
      new HolderData(
          "Neri",
          "Paolo",
          Sex.MALE,
          LocalDate.of(1950, 1, 15),
          "San Giovanni",
          null,
          "NREPLA50A15H904A");

  private final BelfioreRegistry registry = new ClasspathBelfioreRegistry();
  private final HolderDataChecker checker = new HolderDataChecker(registry);

  @Test
  void consistentDataGiveNoFinding() {
    assertThat(checker.check(ANNA)).isEmpty();
    assertThat(checker.check(GIUSEPPE)).isEmpty();
  }

  @Test
  void historicMunicipalityMatchesItsCode() {
    assertThat(registry.byName("Bagni San Giuliano"))
        .isNotEmpty()
        .allSatisfy(place -> assertThat(place.active()).isFalse());

    assertThat(checker.check(MARIO)).isEmpty();
  }

  @Test
  void currentNameOfTheSameCodeMatchesToo() {
    assertThat(checker.check(with(MARIO, "San Giuliano Terme", "Pisa"))).isEmpty();
  }

  @Test
  void omocodeMatchesTheSameData() {
    HolderData omocode = changed(MARIO, HolderField.CODICE_FISCALE, "rssmraurtmlarsnl");

    assertThat(checker.check(omocode)).isEmpty();
  }

  @Test
  void womanWithDayPlusFortyIsConsistentAndAManWithTheSameCodeIsNot() {
    assertThat(checker.check(ANNA)).isEmpty();

    List<HolderDataFinding> findings = checker.check(withSex(ANNA, Sex.MALE));

    assertThat(findings)
        .containsExactly(HolderDataFinding.of(HolderField.SEX, SignatureError.SEX_MISMATCH, "45"));
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource({
    "SURNAME, Bianchi, SURNAME_MISMATCH, BNC, RSS",
    "GIVEN_NAME, Marco, GIVEN_NAME_MISMATCH, MRC, MRA"
  })
  void wrongNameIsReportedOnThatNameOnlyWithItsLettersAndTheCodes(
      HolderField field, String typed, SignatureError error, String letters, String inCode) {
    assertThat(checker.check(changed(MARIO, field, typed)))
        .containsExactly(HolderDataFinding.of(field, error, typed, letters, inCode));
  }

  @Test
  void wrongYearMonthOrDayIsReportedOnTheBirthDateWithThePartThatDiffers() {
    assertThat(checker.check(withBirthDate(MARIO, LocalDate.of(1986, 12, 10))))
        .containsExactly(
            HolderDataFinding.of(
                HolderField.BIRTH_DATE, SignatureError.BIRTH_YEAR_MISMATCH, "1986", "85"));
    assertThat(checker.check(withBirthDate(MARIO, LocalDate.of(1985, 11, 10))))
        .containsExactly(
            HolderDataFinding.of(
                HolderField.BIRTH_DATE, SignatureError.BIRTH_MONTH_MISMATCH, "11", "T", "12"));
    assertThat(checker.check(withBirthDate(MARIO, LocalDate.of(1985, 12, 11))))
        .containsExactly(
            HolderDataFinding.of(
                HolderField.BIRTH_DATE, SignatureError.BIRTH_DAY_MISMATCH, "11", "10", "10"));
  }

  @Test
  void centuryIsNotInTheCodeSoOnlyTheLastTwoDigitsAreCompared() {
    assertThat(checker.check(withBirthDate(MARIO, LocalDate.of(1885, 12, 10)))).isEmpty();
  }

  @Test
  void wrongMunicipalitySaysWhichMunicipalityTheCodeBelongsTo() {
    List<HolderDataFinding> findings = checker.check(with(ANNA, "Milano", null));

    assertThat(findings)
        .containsExactly(
            HolderDataFinding.of(
                    HolderField.PLACE_OF_BIRTH,
                    SignatureError.PLACE_MISMATCH,
                    "Milano",
                    "H501",
                    "ROMA (RM)")
                .withSuggestions(List.of(new PlaceSuggestion("ROMA", "RM", "H501"))));
  }

  @Test
  void provinceTypedInsteadOfTheMunicipalityIsNamedAsAProvince() {
    List<HolderDataFinding> findings = checker.check(with(GIUSEPPE, "Monza e della Brianza", null));

    assertThat(findings)
        .containsExactly(
            HolderDataFinding.of(
                    HolderField.PLACE_OF_BIRTH,
                    SignatureError.PLACE_IS_PROVINCE,
                    "Monza e della Brianza")
                .withSuggestions(List.of(new PlaceSuggestion("MONZA", "MB", "F704"))));
  }

  @Test
  void provinceSiglaTypedAsThePlaceIsNamedAsAProvince() {
    assertThat(checker.check(with(GIUSEPPE, "MB", "MB")))
        .extracting(HolderDataFinding::error, f -> f.arguments().get(0))
        .containsExactly(tuple(SignatureError.PLACE_IS_PROVINCE, "Monza e della Brianza"));
  }

  @Test
  void provinceNameThatIsAlsoAMunicipalityIsTheMunicipality() {
    assertThat(checker.check(ANNA)).isEmpty();
  }

  @Test
  void everydayNameOfACapitalNamedLikeItsProvinceIsTheMunicipality() {
    HolderData luca =
        new HolderData(
            "Ferrari",
            "Luca",
            Sex.MALE,
            LocalDate.of(1970, 5, 12),
            "Reggio Emilia",
            null,
            "FRRLCU70E12H223X");

    assertThat(checker.check(luca)).isEmpty();
    assertThat(checker.check(with(luca, "Reggio nell'Emilia", "RE"))).isEmpty();
  }

  @Test
  void misspelledMunicipalityGetsTheIntendedOneFirst() {
    HolderDataFinding finding = single(checker.check(with(GIUSEPPE, "Monzza", null)));

    assertThat(finding.field()).isEqualTo(HolderField.PLACE_OF_BIRTH);
    assertThat(finding.error()).isEqualTo(SignatureError.PLACE_NOT_FOUND);
    assertThat(finding.suggestions()).first().isEqualTo(new PlaceSuggestion("MONZA", "MB", "F704"));
    assertThat(finding.suggestions()).hasSizeLessThanOrEqualTo(3);
    assertThat(finding.arguments().get(0)).isEqualTo("Monzza");
    assertThat(finding.arguments().get(1)).startsWith("MONZA (MB)");
  }

  @Test
  void transposedLettersAreOneEdit() {
    HolderDataFinding finding = single(checker.check(with(ANNA, "Rmoa", null)));

    assertThat(finding.suggestions()).first().isEqualTo(new PlaceSuggestion("ROMA", "RM", "H501"));
  }

  @Test
  void suggestionsPreferTheProvinceGiven() {
    HolderData elsewhere = with(ANNA, "San Giovani", "TO");

    HolderDataFinding finding = single(checker.check(elsewhere));

    assertThat(finding.error()).isEqualTo(SignatureError.PLACE_NOT_FOUND);
    assertThat(finding.suggestions())
        .first()
        .isEqualTo(new PlaceSuggestion("SAN GIOVANNI", "TO", "H904"));
    assertThat(single(checker.check(with(ANNA, "San Giovani", "AR"))).suggestions())
        .first()
        .isEqualTo(new PlaceSuggestion("SAN GIOVANNI", "AR", "H901"));
  }

  @Test
  void nameInSeveralProvincesIsAcceptedWhenTheCodeIsOneOfThem() {
    HolderData paolo = PAOLO;

    assertThat(checker.check(paolo)).isEmpty();
    assertThat(checker.check(with(paolo, "San Giovanni", "TO"))).isEmpty();
  }

  @Test
  void provinceDisambiguatesANameInSeveralProvinces() {
    HolderData paolo = with(PAOLO, "San Giovanni", "AR");

    HolderDataFinding finding = single(checker.check(paolo));

    assertThat(finding.error()).isEqualTo(SignatureError.PLACE_MISMATCH);
    assertThat(finding.arguments()).startsWith("San Giovanni", "H904");
    assertThat(finding.arguments().get(2)).contains("SAN GIOVANNI (TO)");
  }

  @Test
  void rightMunicipalityInTheWrongProvinceIsReportedOnTheProvinceOnly() {
    assertThat(checker.check(with(ANNA, "Roma", "MI")))
        .extracting(HolderDataFinding::field, HolderDataFinding::error)
        .containsExactly(tuple(HolderField.PROVINCE_OF_BIRTH, SignatureError.PROVINCE_MISMATCH));
    assertThat(single(checker.check(with(ANNA, "Roma", "MI"))).arguments())
        .containsExactly("Roma", "MI", "RM");
  }

  @Test
  void unknownProvinceIsReportedOnTheProvince() {
    assertThat(checker.check(with(ANNA, "Roma", "XX")))
        .containsExactly(
            HolderDataFinding.of(
                HolderField.PROVINCE_OF_BIRTH, SignatureError.PROVINCE_UNKNOWN, "XX"));
  }

  @Test
  void foreignBornMatchesTheCountryCode() {
    assertThat(checker.check(EVA)).isEmpty();
    assertThat(checker.check(with(EVA, "FRANCIA", "EE"))).isEmpty();
  }

  @Test
  void wrongCountrySaysWhichCountryTheCodeBelongsTo() {
    assertThat(checker.check(with(EVA, "Spagna", null)))
        .containsExactly(
            HolderDataFinding.of(
                    HolderField.PLACE_OF_BIRTH,
                    SignatureError.COUNTRY_MISMATCH,
                    "Spagna",
                    "Z110",
                    "FRANCIA")
                .withSuggestions(List.of(new PlaceSuggestion("FRANCIA", "EE", "Z110"))));
  }

  @Test
  void italianMunicipalityForAForeignCodeNamesTheCountry() {
    assertThat(single(checker.check(with(EVA, "Roma", null))).arguments())
        .containsExactly("Roma", "Z110", "FRANCIA");
  }

  @Test
  void wrongCheckCharacterIsReportedOnTheCodeWithTheExpectedCharacterAndNothingElse() {
    HolderData data = changed(MARIO, HolderField.CODICE_FISCALE, "RSSMRA85T10A562T");

    assertThat(checker.check(data))
        .containsExactly(
            HolderDataFinding.of(
                HolderField.CODICE_FISCALE, SignatureError.TAX_CODE_CHECK_CHARACTER, "S", "T"));
  }

  @Test
  void unreadableCodeStillReportsAProvinceTypedAsPlace() {
    HolderData data =
        changed(
            with(GIUSEPPE, "Monza e della Brianza", null),
            HolderField.CODICE_FISCALE,
            "VRDGPP60H20F704");

    assertThat(checker.check(data))
        .extracting(HolderDataFinding::field, HolderDataFinding::error)
        .containsExactly(
            tuple(HolderField.CODICE_FISCALE, SignatureError.TAX_CODE_LENGTH),
            tuple(HolderField.PLACE_OF_BIRTH, SignatureError.PLACE_IS_PROVINCE));
  }

  @Test
  void codeOfNoKnownPlaceIsReportedOnTheCodeNotOnThePlace() {
    HolderData data =
        changed(with(MARIO, "Roma", null), HolderField.CODICE_FISCALE, "RSSMRA85T10Z999S");

    assertThat(checker.check(data))
        .containsExactly(
            HolderDataFinding.of(
                HolderField.CODICE_FISCALE, SignatureError.TAX_CODE_UNKNOWN_PLACE, "Z999"));
  }

  @Test
  void missingFieldsAreEachReportedAsRequiredAndTheProvinceIsOptional() {
    assertThat(checker.check(new HolderData(null, " ", null, null, "", null, null)))
        .extracting(HolderDataFinding::field, HolderDataFinding::error)
        .containsExactlyInAnyOrder(
            tuple(HolderField.CODICE_FISCALE, SignatureError.FIELD_REQUIRED),
            tuple(HolderField.SURNAME, SignatureError.FIELD_REQUIRED),
            tuple(HolderField.GIVEN_NAME, SignatureError.FIELD_REQUIRED),
            tuple(HolderField.SEX, SignatureError.FIELD_REQUIRED),
            tuple(HolderField.BIRTH_DATE, SignatureError.FIELD_REQUIRED),
            tuple(HolderField.PLACE_OF_BIRTH, SignatureError.FIELD_REQUIRED));
  }

  @Test
  void severalWrongFieldsGiveOneFindingEach() {
    HolderData data =
        new HolderData(
            "Bianchi",
            "Marco",
            Sex.FEMALE,
            LocalDate.of(1985, 12, 10),
            "Roma",
            null,
            "RSSMRA85T10A562S");

    assertThat(checker.check(data))
        .extracting(HolderDataFinding::field)
        .containsExactly(
            HolderField.SURNAME,
            HolderField.GIVEN_NAME,
            HolderField.SEX,
            HolderField.PLACE_OF_BIRTH);
  }

  private static HolderDataFinding single(List<HolderDataFinding> findings) {
    assertThat(findings).hasSize(1);
    return findings.get(0);
  }

  private static HolderData with(HolderData data, String place, String province) {
    return changed(
        changed(data, HolderField.PLACE_OF_BIRTH, place), HolderField.PROVINCE_OF_BIRTH, province);
  }

  private static HolderData withSex(HolderData data, Sex sex) {
    return changed(data, HolderField.SEX, sex);
  }

  private static HolderData withBirthDate(HolderData data, LocalDate date) {
    return changed(data, HolderField.BIRTH_DATE, date);
  }

  /** The same data with one field as a person might type it instead; the rest stays right. */
  private static HolderData changed(HolderData data, HolderField field, Object value) {
    return new HolderData(
        field == HolderField.SURNAME ? (String) value : data.surname(),
        field == HolderField.GIVEN_NAME ? (String) value : data.givenName(),
        field == HolderField.SEX ? (Sex) value : data.sex(),
        field == HolderField.BIRTH_DATE ? (LocalDate) value : data.birthDate(),
        field == HolderField.PLACE_OF_BIRTH ? (String) value : data.placeOfBirth(),
        field == HolderField.PROVINCE_OF_BIRTH ? (String) value : data.provinceOfBirth(),
        field == HolderField.CODICE_FISCALE ? (String) value : data.codiceFiscale());
  }
}

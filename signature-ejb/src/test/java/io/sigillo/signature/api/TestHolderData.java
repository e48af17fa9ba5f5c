package io.sigillo.signature.api;

import io.sigillo.it.support.TestHolders;

/**
 * The shared test people ({@link TestHolders}) as this module's {@link HolderData}, so the domain
 * and application tests start from the same consistent holders as the API tests.
 */
public final class TestHolderData {

  /** Anna Bianchi, born in Rome on 5 March 1990. */
  public static final HolderData ANNA = of(TestHolders.ANNA);

  /** Mario Rossi, born in Bagni San Giuliano (Pisa) on 10 December 1985. */
  public static final HolderData MARIO = of(TestHolders.MARIO);

  private TestHolderData() {}

  public static HolderData of(TestHolders.Person person) {
    return new HolderData(
        person.surname(),
        person.givenName(),
        "F".equals(person.sex()) ? Sex.FEMALE : Sex.MALE,
        person.birthDate(),
        person.placeOfBirth(),
        person.provinceOfBirth(),
        person.codiceFiscale());
  }
}

package io.sigillo.signature.domain.holder;

import io.sigillo.core.error.SigilloException;
import io.sigillo.core.person.VerifiedPerson;
import io.sigillo.signature.api.ContactKind;
import io.sigillo.signature.api.HolderData;
import io.sigillo.signature.api.SignatureError;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Holder data taken from the person's verified identity. A certificate names a person, so whatever
 * the identity knows (names, birth date, tax code, verified contacts) is used as it is; what was
 * typed for those fields may only repeat it. What the identity lacks (sex, place of birth, a birth
 * date of an older registration) comes from the form and is then checked against the tax code like
 * any order. An identity without a tax code or without verified contacts cannot vouch for a
 * certificate at all.
 */
public final class VerifiedHolderData {

  private final VerifiedPerson person;
  private final List<String> differing = new ArrayList<>();

  private VerifiedHolderData(VerifiedPerson person) {
    this.person = person;
  }

  /** The holder data of an order or correction, or the refusal naming each field that differs. */
  public static HolderData of(VerifiedPerson person, HolderData form) {
    HolderData typed =
        form == null ? new HolderData(null, null, null, null, null, null, null) : form;
    VerifiedHolderData merge = new VerifiedHolderData(person);
    String codiceFiscale =
        person
            .codiceFiscale()
            .orElseThrow(() -> new SigilloException(SignatureError.IDENTITY_REQUIRED));
    HolderData data =
        new HolderData(
            merge.name("surname", person.surname(), typed.surname()),
            merge.name("givenName", person.givenName(), typed.givenName()),
            typed.sex(),
            merge.birthDate(typed.birthDate()),
            typed.placeOfBirth(),
            typed.provinceOfBirth(),
            merge.taxCode(codiceFiscale, typed.codiceFiscale()));
    merge.requireNoDifference();
    return data;
  }

  /**
   * The identity's verified contact of this kind in normal form; a typed one must be the same
   * contact. Only a contact the person has proven to control is ever checked for uniqueness, so the
   * answer tells nothing about other people's numbers or addresses.
   */
  public static String contact(VerifiedPerson person, ContactKind kind, String typed) {
    Optional<String> verified = kind == ContactKind.MOBILE ? person.mobile() : person.email();
    String contact =
        Contacts.normalise(
            kind,
            verified.orElseThrow(
                () -> new SigilloException(SignatureError.IDENTITY_CONTACTS_UNVERIFIED)));
    if (typed != null && !typed.isBlank() && !Contacts.normalise(kind, typed).equals(contact)) {
      throw new SigilloException(
          SignatureError.HOLDER_DATA_NOT_IDENTITY, kind == ContactKind.MOBILE ? "mobile" : "email");
    }
    return contact;
  }

  private String name(String field, String verified, String typed) {
    if (typed != null && !typed.isBlank() && !letters(typed).equals(letters(verified))) {
      differing.add(field);
    }
    return verified;
  }

  private LocalDate birthDate(LocalDate typed) {
    if (person.birthDate().isEmpty()) {
      return typed;
    }
    if (typed != null && !typed.equals(person.birthDate().get())) {
      differing.add("birthDate");
    }
    return person.birthDate().get();
  }

  private String taxCode(String verified, String typed) {
    if (typed != null && !typed.isBlank() && !typed.strip().equalsIgnoreCase(verified.strip())) {
      differing.add("codiceFiscale");
    }
    return verified.strip().toUpperCase(Locale.ROOT);
  }

  private void requireNoDifference() {
    if (!differing.isEmpty()) {
      throw new SigilloException(
          SignatureError.HOLDER_DATA_NOT_IDENTITY, String.join(", ", differing));
    }
  }

  /** Letters only, accents dropped: "D'Amico" and "d amico" are the same surname as written. */
  private static String letters(String name) {
    return Normalizer.normalize(name, Normalizer.Form.NFD)
        .replaceAll("\\p{M}", "")
        .replaceAll("[^\\p{L}]", "")
        .toUpperCase(Locale.ROOT);
  }
}

package io.sigillo.signature.api;

/**
 * Sex as recorded in the codice fiscale, which knows only these two values: it adds 40 to the day
 * of birth of women.
 */
public enum Sex {
  MALE,
  FEMALE
}

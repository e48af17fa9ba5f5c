package io.sigillo.identity.api;

/** What an entry of a person's activity page is about, for its heading and its icon. */
public enum ActivityKind {
  SIGN_IN,
  CREDENTIAL,
  CONTACT,
  SIGNATURE,
  IDENTITY
}

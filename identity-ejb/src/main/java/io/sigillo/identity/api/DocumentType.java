package io.sigillo.identity.api;

/** The identity document shown at identification. */
public enum DocumentType {
  IDENTITY_CARD,
  ELECTRONIC_IDENTITY_CARD,
  PASSPORT,
  DRIVING_LICENCE
}

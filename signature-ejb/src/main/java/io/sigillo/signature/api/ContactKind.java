package io.sigillo.signature.api;

/** The two contacts of a holder, each unique across every holder of the platform. */
public enum ContactKind {
  MOBILE,
  EMAIL
}

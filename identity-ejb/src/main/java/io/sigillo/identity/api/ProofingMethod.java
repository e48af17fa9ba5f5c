package io.sigillo.identity.api;

/** How the provider identified the person before issuing the SPID identity. */
public enum ProofingMethod {
  /** Face to face, at the reseller's desk. */
  IN_PERSON,
  /** A recorded video session with an operator. */
  VIDEO,
  /** The Italian electronic identity card (CIE), read with its PIN. */
  CIE,
  /** An existing SPID identity of level 2 or higher. */
  SPID
}

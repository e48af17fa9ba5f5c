package io.sigillo.identity.domain;

/** What an e-mail code proves control of the registered address for. */
public enum EmailCodePurpose {
  RECOVERY,
  MOBILE_CHANGE,
  /** The address of a customer being enrolled, read back to the operator. */
  ENROLMENT
}

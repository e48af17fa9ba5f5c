package io.sigillo.reseller.support.api;

/** Where a support request stands, as the requester sees it. */
public enum SupportStatus {
  /** Waiting for the reseller's operators. */
  OPEN,
  /** An operator answered; waiting for the requester, if anything is left. */
  ANSWERED,
  CLOSED
}

/**
 * Integration tests of remote signature: the tenant CA with keys in a SoftHSM2 token (set up by
 * scripts/softhsm-token.sh before Micro starts), PAdES signing and validation, checked with
 * independent tools (OpenSSL, poppler's pdfsig with an NSS database, OpenSC's pkcs11-tool).
 */
package io.sigillo.it.signature;

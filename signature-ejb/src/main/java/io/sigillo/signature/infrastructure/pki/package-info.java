/**
 * X.509 with BouncyCastle: the tenant CA's self-signed certificate, holders' qualified-style
 * signing certificates and CRLs, each signed with a key handle from the key store.
 */
package io.sigillo.signature.infrastructure.pki;

/**
 * Holder-side cryptography: the remote-signature password's key derivation (Argon2id) and the keyed
 * hashes of contacts and e-mail codes.
 */
package io.sigillo.signature.infrastructure.crypto;

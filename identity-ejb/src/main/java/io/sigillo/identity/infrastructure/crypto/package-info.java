/** Keyed hashing of the one-time codes the identity module sends by e-mail. */
package io.sigillo.identity.infrastructure.crypto;

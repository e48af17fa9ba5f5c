/**
 * Encryption of device secrets at rest: AES-256-GCM under key-encryption keys from a keyring built
 * from configuration, with the key id inside every ciphertext so keys can be rotated row by row.
 */
package io.sigillo.otp.infrastructure.crypto;

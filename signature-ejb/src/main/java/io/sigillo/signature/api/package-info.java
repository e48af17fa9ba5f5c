/**
 * What the portal and other modules may call on remote signature: the holder-data check, its
 * request and result records, the typed exceptions and the {@code SIGN-xxx} error codes.
 */
package io.sigillo.signature.api;

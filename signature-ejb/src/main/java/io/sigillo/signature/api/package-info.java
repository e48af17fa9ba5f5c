/**
 * What the portal and other modules may call on remote signature: the holder-data check, the
 * certificate authority ({@link io.sigillo.signature.api.CertificateAuthority}), document signing
 * and validation ({@link io.sigillo.signature.api.DocumentSigning}), each tenant's certificate
 * policy ({@link io.sigillo.signature.api.SignaturePolicies}), their request and result records,
 * the typed exceptions and the {@code SIGN-xxx} and {@code CERT-xxx} error codes.
 */
package io.sigillo.signature.api;

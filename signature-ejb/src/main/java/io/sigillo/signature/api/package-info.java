/**
 * What the portal and other modules may call on remote signature: the holder flows ({@link
 * io.sigillo.signature.api.Holders}, {@link io.sigillo.signature.api.RemoteSigning}, {@link
 * io.sigillo.signature.api.Renewals}, each checking its own proofs), the holder-data check, what
 * the certificate authority shows ({@link io.sigillo.signature.api.CertificateAuthority}: a
 * certificate, the CA certificate, the CRL), signature validation ({@link
 * io.sigillo.signature.api.DocumentValidation}), each tenant's certificate policy ({@link
 * io.sigillo.signature.api.SignaturePolicies}), the holder's signature device ({@link
 * io.sigillo.signature.api.SignatureDevice}), their request and result records, the typed
 * exceptions and the {@code SIGN-xxx} and {@code CERT-xxx} error codes.
 *
 * <p>Nothing here authorises a signature or issues or changes a certificate on a caller's word:
 * those operations live in {@code application.certificate} and only the flows reach them.
 */
package io.sigillo.signature.api;

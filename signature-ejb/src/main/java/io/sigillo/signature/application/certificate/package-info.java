/**
 * The certificate authority and document signing beans (the transaction boundary) and the helpers
 * they share: the tenant CA's creation and CRL publication, key store access, the audit trail.
 *
 * <p>Each bean has a read-only api view for the portal ({@link
 * io.sigillo.signature.api.CertificateAuthority}, {@link
 * io.sigillo.signature.api.DocumentValidation}) and an internal one ({@link CertificateLifecycle},
 * {@link DocumentSigning}) that trusts its caller: only the holder flows in {@code
 * application.holder} use it, after their own proofs (the signature device at the order, password
 * and OTP for a signature or a renewal).
 */
package io.sigillo.signature.application.certificate;

package io.sigillo.signature.application.certificate;

import java.time.Instant;

/**
 * Permission to make exactly one signature, with one certificate, over one document: the PDF whose
 * SHA-256 was authorised. It is consumed by the signature (or expires unused).
 *
 * @param id opaque, unguessable; the module keeps only its hash
 * @param documentSha256 the authorised document's SHA-256, lowercase hexadecimal
 */
public record SigningAuthorisation(
    String id, long certificateId, String documentSha256, Instant expiresAt) {}

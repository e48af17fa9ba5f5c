/**
 * The codice fiscale and the rules that tie it to a holder's data: the {@link
 * io.sigillo.signature.domain.TaxCode} value object, how each part is encoded, how places of birth
 * are looked up and suggested, and the {@link io.sigillo.signature.domain.HolderDataChecker}. The
 * cadastral registry is a port ({@link io.sigillo.signature.domain.BelfioreRegistry}) implemented
 * in infrastructure. Findings and errors are the api's records and codes, which the domain produces
 * directly rather than mirroring them.
 */
package io.sigillo.signature.domain;

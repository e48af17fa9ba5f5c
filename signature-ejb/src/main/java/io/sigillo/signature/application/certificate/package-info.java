/**
 * The certificate authority and document signing beans (the transaction boundary) and the helpers
 * they share: the tenant CA's creation and CRL publication, key store access, the audit trail.
 */
package io.sigillo.signature.application.certificate;

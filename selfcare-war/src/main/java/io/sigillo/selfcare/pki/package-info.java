/**
 * The tenant CA's public repository on each tenant's host: CA certificate, CRL and disclosure
 * statement, at the URLs written into the certificates it issues.
 */
package io.sigillo.selfcare.pki;

/**
 * Files the portal serves as bytes rather than pages: a tenant's logo (on its host and in the
 * platform console), a support request's screenshot, the tenant CA's public repository (CA
 * certificate, CRL, disclosure statement). One way of sending them ({@link FileResponses}), so
 * every file goes out with its type, length, caching rule and {@code nosniff}.
 */
package io.sigillo.selfcare.files;

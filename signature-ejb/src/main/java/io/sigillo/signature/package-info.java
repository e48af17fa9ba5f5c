/**
 * Remote signature: holders and their codice fiscale checks, certificates, renewal and signing.
 * Other modules and the portal use only {@link io.sigillo.signature.api}.
 */
package io.sigillo.signature;

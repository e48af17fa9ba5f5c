/**
 * The tenant CA, holders' certificates with their life cycle, and single-use signing
 * authorisations: entities holding public data and state (private keys are in the key store).
 */
package io.sigillo.signature.domain.certificate;

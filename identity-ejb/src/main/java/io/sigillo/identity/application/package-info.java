/** Transactional implementations of the identity api; the tenant is bound per call. */
package io.sigillo.identity.application;

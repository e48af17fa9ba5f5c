/**
 * The support desk's transactional implementation and its after-commit notice; the tenant is bound
 * per call.
 */
package io.sigillo.reseller.support.application;

/**
 * The help centre's transactional implementation and the platform's own guides shipped with it; the
 * tenant is bound per call.
 */
package io.sigillo.reseller.guide.application;

/**
 * The one catalogue of errors a user can see: a stable code, an Italian and an English message and
 * a next step (resource bundle {@code io.sigillo.core.error.Errors}), and the typed exception that
 * carries a code across module boundaries.
 */
package io.sigillo.core.error;

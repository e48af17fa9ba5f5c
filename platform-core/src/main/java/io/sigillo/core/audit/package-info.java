/**
 * Append-only audit trail: who did what, in which tenant, when, with which correlation id. Written
 * in the caller's transaction through the platform data source; there is no update or delete.
 */
package io.sigillo.core.audit;

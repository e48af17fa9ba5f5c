/**
 * Upgrades of the platform's schema, tested on the real migration files of every module: a database
 * a released version left behind must reach today's layout without losing a row or running a
 * migration twice.
 */
package io.sigillo.schema;

/**
 * Integration tests of the Keycloak side of the platform: tenant provisioning read back through the
 * admin API, login through Keycloak's real login form, logout, bearer tokens, and an outage.
 */
package io.sigillo.it.keycloak;

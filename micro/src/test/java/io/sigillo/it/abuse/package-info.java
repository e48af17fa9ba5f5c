/**
 * Abuse tests: each proves a refusal as an attacker or a careless client meets it, through HTTP
 * against the real portal with real Keycloak sessions and tokens.
 */
package io.sigillo.it.abuse;

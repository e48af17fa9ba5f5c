/**
 * The abuse suite of issue 11: each finding reproduced as an attacker or an unlucky customer meets
 * it (HTTP through the real portal, real Keycloak sessions and tokens), asserting the refusal.
 */
package io.sigillo.it.abuse;

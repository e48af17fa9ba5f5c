/**
 * The abuse suite: each finding of the security review reproduced as an attacker meets the platform
 * (HTTP through the real portal, real Keycloak sessions and tokens), asserting the refusal.
 */
package io.sigillo.it.abuse;

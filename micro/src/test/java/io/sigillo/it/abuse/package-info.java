/**
 * The abuse suite: each finding of the security review reproduced as an attacker or a careless
 * operator meets it (real HTTP, real Keycloak sessions, real processes), asserting the refusal.
 */
package io.sigillo.it.abuse;

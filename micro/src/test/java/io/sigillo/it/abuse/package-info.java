/**
 * The abuse suite: each finding of the security review reproduced as an attacker would meet it
 * (pages, REST, real Keycloak sessions and tokens), asserting the refusal.
 */
package io.sigillo.it.abuse;

/**
 * The abuse suite: each finding of issue 11 reproduced as an attacker meets the platform (HTTP with
 * real Keycloak sessions and tokens) and the refusal asserted.
 */
package io.sigillo.it.abuse;

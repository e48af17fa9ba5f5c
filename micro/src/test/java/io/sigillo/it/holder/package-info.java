/**
 * Black-box tests of remote signature for holders, through the REST API on tenants' hosts with
 * Keycloak tokens of real users: orders with platform-wide unique contacts, the signature device,
 * contact changes with codes by SMS (an SMSC stub) and e-mail (GreenMail), signing, renewal and its
 * error branches, device unlock and resynchronisation.
 */
package io.sigillo.it.holder;

/**
 * Integration tests of the OTP device registry: in-container against PostgreSQL with codes computed
 * independently (java-otp, not the registry's own calculator), and black-box through the REST API
 * with Keycloak-issued bearer tokens.
 */
package io.sigillo.it.otp;

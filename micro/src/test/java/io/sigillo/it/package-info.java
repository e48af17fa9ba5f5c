/**
 * Integration tests on Payara Micro against PostgreSQL and Keycloak: the built micro WAR is
 * deployed as it ships, and exercised in-container (EJB calls) or over HTTP.
 */
package io.sigillo.it;

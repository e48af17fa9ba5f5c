/**
 * The platform's tenants (resellers): who they are, how they look, their OTP and signature
 * policies, and the Keycloak side of each (realm clients, login accounts, passwords). Other modules
 * and the web edge reach it through {@code api} only.
 */
package io.sigillo.tenancy;

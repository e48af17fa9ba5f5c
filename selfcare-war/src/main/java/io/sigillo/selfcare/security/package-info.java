/**
 * Who is calling: login through Keycloak (OpenID Connect authorization code with PKCE, per tenant
 * client chosen from the request's host), sessions bound to their tenant, logout through Keycloak's
 * end-session endpoint, and bearer access tokens for the API. A custom Jakarta Security mechanism,
 * because the standard OpenID definition fixes one client for the whole application.
 */
package io.sigillo.selfcare.security;

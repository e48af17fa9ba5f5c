/**
 * Black-box tests of the reseller features through the real path: the platform API with bearer
 * tokens, Keycloak's real login pages with the Sigillo theme, and the portal in headless Chromium.
 */
package io.sigillo.it.reseller;

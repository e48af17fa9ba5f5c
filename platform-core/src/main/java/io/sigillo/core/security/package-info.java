/**
 * What a caller proved and which roles they hold, as values the business layer checks. The web edge
 * derives them once per request from the session or the bearer token; every EJB module reads them
 * from the actor passed with each call, like the tenant.
 */
package io.sigillo.core.security;

/**
 * Bounds on what one request or one client can make the server do: request body sizes per kind of
 * endpoint, and rate limits per client address (unauthenticated endpoints) and per account and
 * device (endpoints that check a code). Limits come from MicroProfile Config ({@code
 * sigillo.limits.*}, documented in the README).
 */
package io.sigillo.selfcare.limits;

/**
 * What the web edge and other modules may use of the tenancy module: tenant lookups, the platform
 * operator's administration and policies, and the login broker's ports (accounts, passwords,
 * clients). Only interfaces, records and the error catalogue: the rest of the module can change
 * without touching its callers.
 */
package io.sigillo.tenancy.api;

/**
 * What every Sigillo module shares: the tenant id, the clock, the error catalogue, audit recording,
 * schema migration and the ports through which SMS and e-mail leave the platform.
 */
package io.sigillo.core;

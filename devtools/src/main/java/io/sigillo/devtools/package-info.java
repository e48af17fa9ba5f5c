/**
 * Development and demonstration aids, shipped only in the Payara Micro WAR that {@code
 * scripts/run.sh} starts and never in the EAR: nothing in production depends on this package.
 */
package io.sigillo.devtools;

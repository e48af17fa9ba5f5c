/**
 * The IT harness: Arquillian's Payara Micro container, with one Micro shared by every client-side
 * test class that deploys the same WAR (see {@link io.sigillo.it.harness.SharedMicroContainer}).
 */
package io.sigillo.it.harness;

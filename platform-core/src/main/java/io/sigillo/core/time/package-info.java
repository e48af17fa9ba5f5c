/** The platform clock: one injectable {@link java.time.Clock} that tests can move forward. */
package io.sigillo.core.time;

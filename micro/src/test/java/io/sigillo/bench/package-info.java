/**
 * Load and scale benchmarks of the validate API, run by {@code scripts/bench-validate.sh}: a bulk
 * device generator (COPY with secrets sealed exactly as the registry seals them) and a bounded,
 * loopback-only load generator. Not tests: nothing here runs during the build.
 */
package io.sigillo.bench;

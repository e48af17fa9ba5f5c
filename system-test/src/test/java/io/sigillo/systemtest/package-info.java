/**
 * The system test of the EAR on Payara Server: black-box HTTP requests, as a browser or a form's
 * script would make them, against the server {@code scripts/payara-server.sh} starts before the
 * tests (with a fresh Keycloak beside it) and removes after them. Tenants are seeded straight into
 * the test database, or provisioned through the platform API when a person must sign in. The
 * helpers named like micro's {@code it.support} classes are trimmed copies of them with the same
 * names and signatures, until the shared {@code test-support} module holds them.
 */
package io.sigillo.systemtest;

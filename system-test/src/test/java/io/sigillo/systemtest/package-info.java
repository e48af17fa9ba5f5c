/**
 * The system test of the EAR on Payara Server: black-box HTTP requests, as a browser or a form's
 * script would make them, against the server {@code scripts/payara-server.sh} starts before the
 * tests and removes after them. Tenants are seeded straight into the test database.
 */
package io.sigillo.systemtest;

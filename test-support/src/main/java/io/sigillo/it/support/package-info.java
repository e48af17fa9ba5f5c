/**
 * Helpers that the tests of several modules share: the test SMSC and SMTP server, the OTP app
 * calculator, PDFs and images, seeded tenants, identities and audit reads, the platform operator's
 * and a tenant's Keycloak clients and tokens, and plain HTTP calls on a tenant's host. Each piece
 * of test plumbing lives here once, so a fix to a wait or a header reaches every test that uses it.
 * In-container tests add the classes they use to their deployment (ShrinkWrap takes them from this
 * jar as from a directory).
 */
package io.sigillo.it.support;

/**
 * Helpers that IT classes in several packages share: the test SMSC, the platform operator's and a
 * tenant's Keycloak clients and tokens, seeded rows, plain HTTP calls on a tenant's host, and the
 * two browsers (one without a screen, one headless Chromium). Each piece of test plumbing lives
 * here once, so a fix to a wait or a header reaches every test that uses it; package-specific steps
 * stay in their own packages.
 */
package io.sigillo.it.support;

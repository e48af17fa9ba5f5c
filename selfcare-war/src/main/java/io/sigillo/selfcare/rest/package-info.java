/**
 * The portal's REST API under {@code /api}: tenant-scoped by host name, JSON, catalogued errors.
 */
package io.sigillo.selfcare.rest;

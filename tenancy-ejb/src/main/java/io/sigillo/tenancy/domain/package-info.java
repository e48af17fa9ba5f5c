/**
 * The tenant and its uploaded logo as stored. Platform-owned, not multitenant: only the platform
 * operator creates and edits them, so no tenant filter applies.
 */
package io.sigillo.tenancy.domain;

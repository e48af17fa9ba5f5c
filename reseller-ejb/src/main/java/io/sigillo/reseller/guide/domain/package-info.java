/**
 * A tenant's guides and their feedback, and the Markdown rendering that makes a guide safe to show
 * unescaped. Tenant-owned: every row carries the tenant discriminator.
 */
package io.sigillo.reseller.guide.domain;

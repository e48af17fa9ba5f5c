/**
 * Support requests, their replies and attachments, and who may read them. Tenant-owned: every row
 * carries the tenant discriminator.
 */
package io.sigillo.reseller.support.domain;

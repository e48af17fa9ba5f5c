/** Identity entities and their rules. Tenant-owned: every row carries the tenant discriminator. */
package io.sigillo.identity.domain;

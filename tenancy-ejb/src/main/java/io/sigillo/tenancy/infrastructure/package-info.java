/** Adapters from the tenancy module to the systems around it (the login broker). */
package io.sigillo.tenancy.infrastructure;

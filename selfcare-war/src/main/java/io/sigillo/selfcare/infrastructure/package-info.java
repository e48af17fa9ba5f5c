/** Adapters from the portal to the systems around it (the login broker). */
package io.sigillo.selfcare.infrastructure;

/** The reseller module's persistence context and its tenant binding. */
package io.sigillo.reseller.infrastructure.persistence;

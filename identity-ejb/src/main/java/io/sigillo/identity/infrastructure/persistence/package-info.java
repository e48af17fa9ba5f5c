/** The identity module's persistence context and its tenant binding. */
package io.sigillo.identity.infrastructure.persistence;

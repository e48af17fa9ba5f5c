/** The signature module's persistence context and its tenant binding. */
package io.sigillo.signature.infrastructure.persistence;

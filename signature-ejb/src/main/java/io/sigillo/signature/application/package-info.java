/**
 * The {@code @Stateless} implementations of {@link io.sigillo.signature.api}: the transaction
 * boundary, with short methods that hand the work to the domain.
 */
package io.sigillo.signature.application;

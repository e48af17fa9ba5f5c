/**
 * The holder side of remote signature: orders, contact changes, the signature device, remote
 * signing and renewal, as {@code @Stateless} implementations of the api. Checks whose outcome must
 * be kept even when the call then fails (password failures, OTP failures, wrong codes) run in
 * {@link io.sigillo.signature.application.holder.Verifications}, in their own transaction.
 */
package io.sigillo.signature.application.holder;

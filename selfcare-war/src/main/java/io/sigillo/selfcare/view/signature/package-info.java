/**
 * The remote-signature pages of a holder under {@code /signature/}: overview, order (holder data,
 * contacts, password, signature device), signing a PDF, renewal with its three error branches and
 * their way out on the same page, contact changes, and the signature device's unlock and
 * resynchronisation. Backing beans call one api method each and keep the page's step.
 */
package io.sigillo.selfcare.view.signature;

/**
 * Holder-data checks for the order and renewal forms of a remote-signature certificate: the page
 * asks while the person types, so each field can show what disagrees with the codice fiscale before
 * anything is submitted. Served on a tenant's host like every page; reads only public reference
 * data (cadastral codes) through the signature module.
 */
package io.sigillo.selfcare.rest.holder;

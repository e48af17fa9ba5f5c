/** Adapters of the remote-signature module to data and services outside its domain. */
package io.sigillo.signature.infrastructure;

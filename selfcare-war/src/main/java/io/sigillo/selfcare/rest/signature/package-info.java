/**
 * The remote-signature API of a holder on their tenant's host: holder-data checks while the order
 * or renewal form is typed, the order itself (holder data, contacts, password, signature device),
 * contact changes, the signature device's unlock and resynchronisation, signing a PDF and renewal
 * by the signed form. The holder is always the signed-in caller.
 */
package io.sigillo.selfcare.rest.signature;

/**
 * A person's verified data as another module needs it: the remote-signature order takes the
 * holder's name, tax code and contacts from the SPID identity of the same account, without the
 * signature module depending on the identity module (the identity module implements {@link
 * io.sigillo.core.person.VerifiedPersons}).
 */
package io.sigillo.core.person;

/**
 * What other modules need to know of a person: the remote-signature order takes the holder's name,
 * tax code and contacts from the SPID identity of the same account, without the signature module
 * depending on the identity module (the identity module implements {@link
 * io.sigillo.core.person.VerifiedPersons}); and the language the person last used on the portal
 * ({@link io.sigillo.core.person.PersonLanguages}), for the messages sent without their request.
 */
package io.sigillo.core.person;

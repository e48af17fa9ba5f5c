package io.sigillo.signature.infrastructure.pki;

/** What a holder's certificate says about them; the fields were checked by the caller. */
public record HolderIdentity(
    String givenName, String surname, String codiceFiscale, String email) {}

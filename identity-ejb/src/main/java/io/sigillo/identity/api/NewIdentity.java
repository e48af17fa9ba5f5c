package io.sigillo.identity.api;

/** What is needed to register an identity. Contacts are verified later, by their own flows. */
public record NewIdentity(
    String username, String givenName, String surname, String email, String mobile) {}

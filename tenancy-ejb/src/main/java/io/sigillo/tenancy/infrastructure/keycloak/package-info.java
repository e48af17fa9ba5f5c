/**
 * Keycloak as the platform's login broker, through its admin API: one realm for the platform, per
 * tenant its portal's confidential OIDC client ({@code portal-<slug>}) with the roles {@code user}
 * and {@code operator}, its back end's ({@code backend-<slug>}) and signing app's ({@code
 * signing-<slug>}) clients, and one Organization for membership. Every operation looks up before it
 * creates and treats "409 Conflict" as "already there", so provisioning can be repeated safely.
 */
package io.sigillo.tenancy.infrastructure.keycloak;

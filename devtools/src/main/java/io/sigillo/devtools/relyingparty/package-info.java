/**
 * A demo relying party: a public-administration site that is not a tenant's portal, signing people
 * in through the platform's Keycloak realm with SPID level 2 ({@code acr_values}), as a real one
 * registered by docs/relying-parties.md would. It registers its own OIDC client at demo seeding and
 * serves {@code /demo-pa/} on a tenantless path of the Payara Micro demo only.
 */
package io.sigillo.devtools.relyingparty;

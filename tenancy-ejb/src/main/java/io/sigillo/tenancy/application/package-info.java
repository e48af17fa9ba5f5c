/**
 * The registry and its rules: registration, edits, life-cycle, logos, the host cache, the policies
 * saved as one, and the port to the login broker ({@code TenantProvisioning}) that
 * infrastructure.keycloak implements.
 */
package io.sigillo.tenancy.application;

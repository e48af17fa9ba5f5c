/**
 * The registry and its rules: registration, edits, life-cycle, logos, the host cache, the policies
 * saved as one, and the ports to the login broker ({@code TenantProvisioning}, {@code
 * BackEndSecrets}) that infrastructure.keycloak implements.
 */
package io.sigillo.tenancy.application;

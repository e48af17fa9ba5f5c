/**
 * The API of Keycloak's "Sigillo level 2" step under {@code /api/level-two/{tenant}}: which level-2
 * methods a person has, and the check of their app code or of an SMS code sent to their mobile,
 * answered by the identity module and the shared OTP registry. Tenantless paths (Keycloak calls
 * from wherever it runs), the tenant named in the path; only tokens of the client {@code
 * sigillo-level-two} (realm role {@code level-two-broker}) reach them. The web edge only maps: who
 * may do what for whom is the identity module's decision.
 */
package io.sigillo.selfcare.rest.identity;

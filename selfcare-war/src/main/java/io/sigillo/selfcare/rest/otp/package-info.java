/**
 * The OTP device registry's REST API under {@code /api/otp}: enrolment and confirmation,
 * validation, resynchronisation, unlock, revocation and the devices of a person. Tenant-scoped by
 * host name; callers are a tenant's people (role {@code user}, acting on their own devices only)
 * and operators (role {@code operator}, acting on anyone's), signed in on the portal or presenting
 * a bearer token issued to the tenant's client. Outcomes of codes are answers (200 with a status);
 * bad input is a catalogued 400.
 */
package io.sigillo.selfcare.rest.otp;

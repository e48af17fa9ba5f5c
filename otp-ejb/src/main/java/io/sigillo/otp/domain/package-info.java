/**
 * The rules of the OTP device registry, free of EJB, HTTP and persistence: code computation,
 * acceptance and diagnostic windows, replay floors, learned clock drift, resynchronisation search,
 * purpose-scoped policy, failure counting and lockout, and enrolment material (secret, Base32, key
 * URI). Every rule takes its state in and hands a decision out, so the persistence layer only has
 * to store what the decision says, with a compare-and-set where concurrency matters.
 */
package io.sigillo.otp.domain;

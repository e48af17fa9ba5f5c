/**
 * Transactional implementations of the OTP api, with the tenant bound per call: enrolment,
 * validation, resynchronisation, unlock and the device life cycle, and the device providers (one
 * per device type, found through CDI) they delegate the code arithmetic to.
 */
package io.sigillo.otp.application;

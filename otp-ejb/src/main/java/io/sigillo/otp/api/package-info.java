/**
 * What other modules and the portal may use of the OTP device registry: the {@code @Local} registry
 * and policy interfaces, their request and result records, device types and statuses, purposes,
 * validation statuses, the rendered clock offset and the catalogued errors (bundle {@code
 * io.sigillo.otp.api.OtpErrors}). Nothing else of the module is visible outside it.
 */
package io.sigillo.otp.api;

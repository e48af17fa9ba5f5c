/**
 * SMS one-time codes: how a code is made and read, the tenant's rules for them, and how the state
 * of a challenge answers a typed code.
 */
package io.sigillo.otp.domain.sms;

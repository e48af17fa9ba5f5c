/**
 * The OTP persistence context, its tenant binding, and the conditional updates that make replay
 * protection, failure counting and resynchronisation exact across concurrent requests and nodes.
 */
package io.sigillo.otp.infrastructure.persistence;

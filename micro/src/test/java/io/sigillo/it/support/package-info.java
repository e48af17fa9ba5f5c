/**
 * The part of the shared test helpers (the rest is in the test-support module, same package) that
 * needs the OTP registry's own cipher: staff apps are written as sealed rows with otp-ejb's {@code
 * SecretCipher}, and the two browsers answer the staff step-up with their codes. test-support
 * cannot depend on an EJB module, so these stay beside the ITs that deploy it.
 */
package io.sigillo.it.support;

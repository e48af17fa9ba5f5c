/**
 * The holder's level-2 pages: the OTP step-up after the password login, recovery, credential
 * management, the re-association of the OTP app and the change of the registered mobile number.
 */
package io.sigillo.selfcare.view.credentials;

/**
 * The activation page of a customer enrolled by an operator: the e-mailed single-use link sets the
 * password of the login account, then leads to sign-in and the association of the OTP app.
 */
package io.sigillo.selfcare.view.activation;

/**
 * The staff step-up page: operators and platform administrators confirm their sign-in with a code
 * of their own OTP device before any console opens, and activate their first device through a
 * one-time link sent to their address.
 */
package io.sigillo.selfcare.view.staff;

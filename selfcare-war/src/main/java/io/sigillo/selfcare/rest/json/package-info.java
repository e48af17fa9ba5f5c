/**
 * JSON views that several resources answer with, written once so that the OTP API and the
 * remote-signature API describe the same outcome (a refused code, a resynchronisation) the same
 * way.
 */
package io.sigillo.selfcare.rest.json;

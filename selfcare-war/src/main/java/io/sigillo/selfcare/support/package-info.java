/**
 * The web half of support requests: the screenshot download and the User-Agent reading that fills
 * the form. The desk itself (requests, replies, attachments, notices) is reseller-ejb's {@code
 * io.sigillo.reseller.support}.
 */
package io.sigillo.selfcare.support;

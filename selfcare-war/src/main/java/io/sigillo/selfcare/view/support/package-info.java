/** Pages of support requests: the form, a person's own requests, one request's conversation. */
package io.sigillo.selfcare.view.support;

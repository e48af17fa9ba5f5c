/**
 * What the module shares between its two services: the error catalogue of the support desk and the
 * help centre. Each service's own api is in {@code support.api} and {@code guide.api}.
 */
package io.sigillo.reseller.api;

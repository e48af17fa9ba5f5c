/**
 * What a reseller offers its customers beside SPID and remote signature: the support desk and the
 * help centre. Other modules and the web edge reach it through {@code api} only.
 */
package io.sigillo.reseller;

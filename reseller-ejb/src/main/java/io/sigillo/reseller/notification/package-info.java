/**
 * The tenant's notification texts as its operators edit them: every e-mail and SMS the platform
 * sends to a person, in Italian and English, from the catalogue's defaults or the tenant's own
 * text, checked and previewed before saving, and the senders they come from. The texts themselves
 * and the messages made from them are platform-core's ({@code io.sigillo.core.messaging.template});
 * this module decides who may change them and audits it.
 */
package io.sigillo.reseller.notification;

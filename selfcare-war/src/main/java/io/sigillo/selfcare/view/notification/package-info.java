/**
 * The operators' notification texts page: the catalogue grouped by service, the Italian and English
 * texts of one notification with their variables, preview, save, reset, and the senders.
 */
package io.sigillo.selfcare.view.notification;

/** The notification texts' transaction, role and level-2 boundary, and its audit. */
package io.sigillo.reseller.notification.application;

/**
 * The texts of the e-mails and SMS the platform sends to people, per tenant: a fixed catalogue of
 * notifications ({@link io.sigillo.core.messaging.template.NotificationKind}), each with a fixed
 * list of named variables ({@code {{portal}}}) and defaults in Italian and English; a reseller's
 * operators may replace a text for their tenant ({@link
 * io.sigillo.core.messaging.template.NotificationTemplates}). E-mails leave as multipart plain text
 * + HTML in the tenant's name, logo and colours. Secret variables (codes, activation links) are
 * filled only when a real message is made, never in a preview, never in a subject, and no rendered
 * text or variable value is ever logged or audited.
 */
package io.sigillo.core.messaging.template;

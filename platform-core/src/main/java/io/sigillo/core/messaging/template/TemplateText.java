package io.sigillo.core.messaging.template;

/**
 * The text of one notification in one language, with {@code {{variable}}} placeholders.
 *
 * @param subject the e-mail subject; null for an SMS
 * @param body the plain text (the HTML part of an e-mail is made from it)
 */
public record TemplateText(String subject, String body) {}

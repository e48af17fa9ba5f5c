package io.sigillo.core.messaging.template;

/**
 * A notification as the person would receive it.
 *
 * @param subject the e-mail subject; null for an SMS
 * @param text the plain text (the whole SMS)
 * @param html the HTML part of an e-mail, in the tenant's colours; null for an SMS. Its logo is
 *     referenced as {@code cid:logo} in a real message and inlined as a data URI in a preview.
 */
public record RenderedNotification(String subject, String text, String html) {}

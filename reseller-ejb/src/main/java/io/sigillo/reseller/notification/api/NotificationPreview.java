package io.sigillo.reseller.notification.api;

/**
 * A notification as the person would receive it, with sample values (never a real code).
 *
 * @param subject the e-mail subject; null for an SMS
 * @param text the plain text, or the whole SMS
 * @param html the e-mail's HTML part (its logo inlined); null for an SMS
 * @param length the SMS's length in characters; 0 for an e-mail
 * @param segments how many SMS parts it takes (160 GSM characters alone, 153 each when split; 70
 *     and 67 with any other character); 0 for an e-mail
 */
public record NotificationPreview(
    String subject, String text, String html, int length, int segments) {}

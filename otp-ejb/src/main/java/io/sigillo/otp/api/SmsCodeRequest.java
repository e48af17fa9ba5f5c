package io.sigillo.otp.api;

import java.util.Locale;

/**
 * A code to send by SMS.
 *
 * @param owner the person's username in the tenant
 * @param mobile the verified mobile number in E.164 form, e.g. {@code +393331234567}
 * @param locale the language of the text (Italian unless English is asked for)
 * @param senderName the tenant's display name: named in the text and, where the SMS gateway allows
 *     it, shown as the sender
 */
public record SmsCodeRequest(
    String owner, String mobile, SmsPurpose purpose, Locale locale, String senderName) {}

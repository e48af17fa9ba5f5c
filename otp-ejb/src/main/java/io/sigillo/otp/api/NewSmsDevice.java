package io.sigillo.otp.api;

import java.util.Locale;

/**
 * A mobile number to register as a person's SMS device.
 *
 * @param owner the person's username in the tenant
 * @param mobile the number in E.164 form, e.g. {@code +393331234567}
 * @param locale the language of the SMS texts (Italian unless English is asked for)
 * @param senderName the tenant's display name, named in the texts
 */
public record NewSmsDevice(String owner, String mobile, Locale locale, String senderName) {}

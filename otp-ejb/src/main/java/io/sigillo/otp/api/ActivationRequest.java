package io.sigillo.otp.api;

import java.util.Locale;

/**
 * What an activation link needs: where to send it and how to word it.
 *
 * @param email the staff member's address as the login broker holds it
 * @param locale the language of the message (Italian unless English)
 * @param portalName the portal's name, for the sender and the text
 * @param link the page the link opens, to which the one-time token is appended
 */
public record ActivationRequest(String email, Locale locale, String portalName, String link) {}

package io.sigillo.core.messaging.template;

import java.time.Instant;
import java.util.Locale;

/**
 * A text a tenant's operators changed, without the text itself: what a list of the tenant's
 * notifications shows next to each one.
 *
 * @param language {@link Locale#ITALIAN} or {@link Locale#ENGLISH}
 * @param updatedBy the operator who saved it last
 */
public record CustomText(
    NotificationKind kind, Locale language, String updatedBy, Instant updatedAt) {}

package io.sigillo.signature.api;

import java.io.Serializable;

/**
 * A tenant's certificate policy as data, set by the platform operator. A tenant without one gets
 * the platform defaults ({@code sigillo.signature.certificate-validity-days} and {@code
 * sigillo.signature.renewal-window-days}).
 *
 * @param certificateValidityDays validity of the certificates issued from now on, by an order or a
 *     renewal: 1..{@value CertificateRequest#MAX_VALIDITY_DAYS}
 * @param renewalWindowDays how many days before expiry renewal is offered: at least 1 and shorter
 *     than the validity
 */
public record SignaturePolicySettings(int certificateValidityDays, int renewalWindowDays)
    implements Serializable {}

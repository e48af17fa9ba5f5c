package io.sigillo.signature.application.holder;

import io.sigillo.core.audit.Actor;
import io.sigillo.core.tenant.TenantId;
import io.sigillo.signature.api.CertificateRequest;
import io.sigillo.signature.api.CertificateSummary;
import io.sigillo.signature.api.ContactKind;
import io.sigillo.signature.api.HolderData;
import io.sigillo.signature.application.certificate.CertificateLifecycle;
import io.sigillo.signature.domain.holder.Holder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;

/**
 * A certificate for the holder's current data, in their name and tax code, with a new key pair in
 * the key store; it becomes the holder's current certificate. Used by the order and the renewal.
 */
@ApplicationScoped
public class CertificateIssuance {

  @Inject private CertificateLifecycle certificates;
  @Inject private Clock clock;

  CertificateSummary issue(TenantId tenant, Holder holder, int validityDays, Actor actor) {
    HolderData data = holder.data();
    CertificateSummary certificate =
        certificates.issue(
            tenant,
            new CertificateRequest(
                holder.id(),
                data.givenName(),
                data.surname(),
                data.codiceFiscale(),
                holder.contact(ContactKind.EMAIL),
                validityDays),
            actor);
    holder.certificateIssued(certificate.id(), clock.instant());
    return certificate;
  }
}

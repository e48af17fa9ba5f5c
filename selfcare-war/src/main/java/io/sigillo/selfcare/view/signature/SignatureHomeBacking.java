package io.sigillo.selfcare.view.signature;

import io.sigillo.core.error.SigilloException;
import io.sigillo.selfcare.web.RequestContext;
import io.sigillo.signature.api.CertificateAuthority;
import io.sigillo.signature.api.CertificateSummary;
import io.sigillo.signature.api.HolderSummary;
import io.sigillo.signature.api.Holders;
import io.sigillo.signature.api.RenewalStatus;
import io.sigillo.signature.api.Renewals;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Optional;

/** The remote-signature overview: the order's state, the certificate and what can be done. */
@Named
@RequestScoped
public class SignatureHomeBacking {

  @Inject private Holders holders;
  @Inject private CertificateAuthority authority;
  @Inject private Renewals renewals;
  @Inject private RequestContext request;

  private Optional<HolderSummary> holder = Optional.empty();
  private Optional<CertificateSummary> certificate = Optional.empty();
  private Optional<RenewalStatus> renewal = Optional.empty();

  @PostConstruct
  void load() {
    holder = holders.find(request.tenant(), request.username());
    certificate =
        holder
            .flatMap(HolderSummary::certificateId)
            .flatMap(id -> authority.find(request.tenant(), id));
    if (certificate.filter(CertificateSummary::usable).isPresent()) {
      try {
        renewal = Optional.of(renewals.status(request.tenant(), request.username()));
      } catch (SigilloException e) {
        renewal = Optional.empty();
      }
    }
  }

  /** The holder, or null when there is none (EL reads records through their accessors). */
  public HolderSummary getSummary() {
    return holder.orElse(null);
  }

  public CertificateSummary getCurrentCertificate() {
    return certificate.orElse(null);
  }

  public RenewalStatus getRenewalStatus() {
    return renewal.orElse(null);
  }

  public Optional<HolderSummary> getHolder() {
    return holder;
  }

  public Optional<CertificateSummary> getCertificate() {
    return certificate;
  }

  public Optional<RenewalStatus> getRenewal() {
    return renewal;
  }
}

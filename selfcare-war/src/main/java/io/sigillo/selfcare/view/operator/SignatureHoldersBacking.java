package io.sigillo.selfcare.view.operator;

import io.sigillo.selfcare.view.FacesErrors;
import io.sigillo.selfcare.web.RequestContext;
import io.sigillo.signature.api.CertificateCare;
import io.sigillo.signature.api.HolderOverview;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * Finds the tenant's remote-signature holders by name, tax code, token serial or certificate
 * serial; the signature module checks that the caller is an operator at level 2.
 */
@Named
@RequestScoped
public class SignatureHoldersBacking {

  @Inject private CertificateCare care;
  @Inject private RequestContext request;

  private String q;
  private List<HolderOverview> results;

  public String getQ() {
    return q;
  }

  public void setQ(String q) {
    this.q = q;
  }

  public boolean isSearched() {
    return q != null && !q.isBlank();
  }

  /** View action: the search runs before the page renders, so a refusal shows above the results. */
  public void search() {
    results = List.of();
    if (isSearched()) {
      FacesErrors.attempt(() -> results = care.search(request.tenant(), q, request.actor()));
    }
  }

  public List<HolderOverview> getResults() {
    return results == null ? List.of() : results;
  }
}

package io.sigillo.selfcare.view.support;

import io.sigillo.selfcare.support.SupportDesk;
import io.sigillo.selfcare.support.SupportSummary;
import io.sigillo.selfcare.tenant.CurrentTenant;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.util.List;

/** A person's own support requests; for operators also the tenant's whole queue. */
@Named
@RequestScoped
public class SupportListBacking {

  @Inject private CurrentTenant tenant;
  @Inject private SupportDesk desk;
  @Inject private SecurityContext security;

  private List<SupportSummary> mine;
  private List<SupportSummary> queue;

  public List<SupportSummary> getMine() {
    if (mine == null) {
      mine = desk.mine(tenant.id(), security.getCallerPrincipal().getName());
    }
    return mine;
  }

  /** Every request of the tenant: only for operators (the page also requires the role). */
  public List<SupportSummary> getQueue() {
    if (queue == null) {
      queue = security.isCallerInRole("operator") ? desk.all(tenant.id()) : List.of();
    }
    return queue;
  }
}

package io.sigillo.selfcare.view.support;

import io.sigillo.reseller.support.api.SupportDesk;
import io.sigillo.reseller.support.api.SupportSummary;
import io.sigillo.selfcare.security.Actors;
import io.sigillo.selfcare.tenant.CurrentTenant;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.util.List;

/**
 * A person's own support requests; for operators also the tenant's whole queue. Each page loads its
 * list once, in its view action; the getters only read it, however often the page asks.
 */
@Named
@RequestScoped
public class SupportListBacking {

  @Inject private CurrentTenant tenant;
  @Inject private SupportDesk desk;
  @Inject private SecurityContext security;
  @Inject private Actors actors;

  private List<SupportSummary> mine = List.of();
  private List<SupportSummary> queue = List.of();

  /** View action of {@code /support/}: the caller's own requests. */
  public void loadMine() {
    mine = desk.mine(tenant.id(), actors.actor());
  }

  /** View action of {@code /operator/support.xhtml}: only for operators (the page requires it). */
  public void loadQueue() {
    queue = security.isCallerInRole("operator") ? desk.all(tenant.id()) : List.of();
  }

  public List<SupportSummary> getMine() {
    return mine;
  }

  public List<SupportSummary> getQueue() {
    return queue;
  }
}

package io.sigillo.selfcare.view.support;

import io.sigillo.core.error.SigilloException;
import io.sigillo.selfcare.error.PortalError;
import io.sigillo.selfcare.security.Actors;
import io.sigillo.selfcare.support.SupportDesk;
import io.sigillo.selfcare.support.SupportDetail;
import io.sigillo.selfcare.support.Viewer;
import io.sigillo.selfcare.tenant.CurrentTenant;
import io.sigillo.selfcare.view.FacesErrors;
import io.sigillo.selfcare.web.RequestCorrelation;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;

/** One support request with its conversation; its requester or an operator may answer. */
@Named
@ViewScoped
public class SupportRequestBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private CurrentTenant tenant;
  @Inject private SupportDesk desk;
  @Inject private SecurityContext security;
  @Inject private Actors actors;

  private Long id;
  private boolean created;
  private SupportDetail detail;
  private String reply;

  /** View action: the request named by {@code ?id=}, if the caller may read it. */
  public void load() {
    if (id == null) {
      throw new SigilloException(PortalError.SUPPORT_REQUEST_NOT_FOUND);
    }
    detail = desk.get(tenant.id(), id, viewer());
  }

  public String send() {
    FacesErrors.attempt(
        () -> {
          detail =
              desk.reply(
                  tenant.id(),
                  id,
                  viewer(),
                  reply,
                  RequestCorrelation.of(
                      (HttpServletRequest)
                          FacesContext.getCurrentInstance().getExternalContext().getRequest()));
          reply = null;
        });
    return null;
  }

  private Viewer viewer() {
    return new Viewer(security.getCallerPrincipal().getName(), actors.actingOperator());
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public boolean isCreated() {
    return created;
  }

  public void setCreated(boolean created) {
    this.created = created;
  }

  public SupportDetail getDetail() {
    return detail;
  }

  public String getReply() {
    return reply;
  }

  public void setReply(String reply) {
    this.reply = reply;
  }
}

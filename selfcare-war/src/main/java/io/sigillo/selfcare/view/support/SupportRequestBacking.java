package io.sigillo.selfcare.view.support;

import io.sigillo.core.error.SigilloException;
import io.sigillo.reseller.api.ResellerError;
import io.sigillo.reseller.support.api.SupportDesk;
import io.sigillo.reseller.support.api.SupportDetail;
import io.sigillo.reseller.support.api.SupportStatus;
import io.sigillo.selfcare.security.Actors;
import io.sigillo.selfcare.tenant.CurrentTenant;
import io.sigillo.selfcare.view.FacesErrors;
import io.sigillo.selfcare.view.Pages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** One support request with its conversation; its requester or an operator may answer. */
@Named
@ViewScoped
public class SupportRequestBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private CurrentTenant tenant;
  @Inject private SupportDesk desk;
  @Inject private Actors actors;

  private Long id;
  private boolean created;
  private SupportDetail detail;
  private String reply;

  /** View action: the request named by {@code ?id=}, if the caller may read it. */
  public void load() {
    if (id == null) {
      throw new SigilloException(ResellerError.SUPPORT_REQUEST_NOT_FOUND);
    }
    detail = desk.get(tenant.id(), id, actors.actor());
  }

  public String send() {
    FacesErrors.attempt(
        () -> {
          detail = desk.reply(tenant.id(), id, reply, actors.actor());
          reply = null;
        });
    return null;
  }

  /** An operator closes the request (audited by the desk); the requester sees it closed. */
  public String close() {
    FacesErrors.attempt(
        () -> {
          detail = desk.close(tenant.id(), id, actors.actor());
          FacesErrors.info(Pages.text("res", "support.closed"));
        });
    return null;
  }

  public String reopen() {
    FacesErrors.attempt(
        () -> {
          detail = desk.reopen(tenant.id(), id, actors.actor());
          FacesErrors.info(Pages.text("res", "support.reopened"));
        });
    return null;
  }

  /** The tenant's operator at level 2, who may close and reopen any request of the tenant. */
  public boolean isOperator() {
    return actors.actor().actingOperator();
  }

  public boolean isClosed() {
    return detail != null && detail.request().status() == SupportStatus.CLOSED;
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

package io.sigillo.selfcare.view.operator;

import io.sigillo.core.audit.AuditEvent;
import io.sigillo.core.error.SigilloException;
import io.sigillo.identity.api.IdentityDirectory;
import io.sigillo.identity.api.IdentitySummary;
import io.sigillo.otp.api.Actor;
import io.sigillo.otp.api.DeviceSummary;
import io.sigillo.otp.api.OtpRegistry;
import io.sigillo.otp.api.TokenInventory;
import io.sigillo.selfcare.error.PortalError;
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
import java.util.List;
import java.util.Optional;

/**
 * One person as an operator sees them: identity, devices with state and window headroom, recent
 * audit events about them; unlock a device or mark it lost, each with a reason, under the
 * operator's name (the OTP registry audits the change; opening the page is audited here).
 */
@Named
@ViewScoped
public class PersonBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private CurrentTenant tenant;
  @Inject private IdentityDirectory identities;
  @Inject private OtpRegistry registry;
  @Inject private TokenInventory tokens;
  @Inject private OperatorAudit audit;
  @Inject private SecurityContext security;

  private String username;
  private IdentitySummary identity;
  private List<DeviceSummary> devices = List.of();
  private List<AuditEvent> events = List.of();
  private Long deviceId;
  private String reason;
  private String serial;

  /** View action: the person named by {@code ?u=} on the operator's own tenant. */
  public void load() {
    identity =
        Optional.ofNullable(username)
            .flatMap(u -> identities.findByUsername(tenant.id(), u))
            .orElseThrow(
                () -> new SigilloException(io.sigillo.core.error.PlatformError.IDENTITY_NOT_FOUND));
    record("operator.person-viewed");
    refresh();
  }

  public String unlock() {
    return act(true);
  }

  public String markLost() {
    return act(false);
  }

  private String act(boolean unlock) {
    try {
      String why = reason == null ? "" : reason.strip();
      if (why.length() < 5 || why.length() > 500) {
        throw new SigilloException(PortalError.REASON_REQUIRED);
      }
      DeviceSummary device = ownDevice();
      Actor actor = new Actor(operator(), correlationId());
      if (unlock) {
        registry.unlock(tenant.id(), device.id(), why, actor);
      } else {
        registry.markLost(tenant.id(), device.id(), why, actor);
      }
      reason = null;
      refresh();
      FacesErrors.info(text(unlock ? "operator.unlocked" : "operator.lost"));
    } catch (SigilloException e) {
      FacesErrors.show(e);
    }
    return null;
  }

  /** Gives the person a hardware token from the tenant's stock (the OTP registry audits it). */
  public String assignToken() {
    try {
      String wanted = serial == null ? "" : serial.strip();
      if (wanted.isEmpty()) {
        throw new SigilloException(io.sigillo.core.error.PlatformError.VALIDATION, "serial", "");
      }
      tokens.assign(
          tenant.id(), wanted, identity.username(), new Actor(operator(), correlationId()));
      serial = null;
      refresh();
      FacesErrors.info(text("operator.assigned"));
    } catch (SigilloException e) {
      FacesErrors.show(e);
    }
    return null;
  }

  /** The chosen device, only if it is this person's: an id from another page proves nothing. */
  private DeviceSummary ownDevice() {
    return registry
        .find(tenant.id(), deviceId == null ? -1 : deviceId)
        .filter(d -> d.owner().equals(identity.username()))
        .orElseThrow(() -> new SigilloException(io.sigillo.core.error.PlatformError.NOT_FOUND));
  }

  private void refresh() {
    devices = registry.devicesOf(tenant.id(), identity.username());
    events =
        audit.recent(tenant.id(), 500).stream()
            .filter(
                e ->
                    e.actor().equals(identity.username())
                        || e.subject().contains(identity.username())
                        || devices.stream().anyMatch(d -> e.subject().contains("device " + d.id())))
            .limit(30)
            .toList();
  }

  private void record(String action) {
    audit.record(
        tenant.id(), operator(), action, "identity " + identity.username(), correlationId());
  }

  private String operator() {
    return security.getCallerPrincipal().getName();
  }

  private static String correlationId() {
    return RequestCorrelation.of(
        (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest());
  }

  private static String text(String key) {
    FacesContext faces = FacesContext.getCurrentInstance();
    return faces.getApplication().getResourceBundle(faces, "res").getString(key);
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public IdentitySummary getIdentity() {
    return identity;
  }

  public List<DeviceSummary> getDevices() {
    return devices;
  }

  public List<AuditEvent> getEvents() {
    return events;
  }

  public Long getDeviceId() {
    return deviceId;
  }

  public void setDeviceId(Long deviceId) {
    this.deviceId = deviceId;
  }

  public String getSerial() {
    return serial;
  }

  public void setSerial(String serial) {
    this.serial = serial;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }
}

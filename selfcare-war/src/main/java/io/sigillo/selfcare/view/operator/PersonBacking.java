package io.sigillo.selfcare.view.operator;

import io.sigillo.core.audit.Actor;
import io.sigillo.core.audit.AuditEvent;
import io.sigillo.core.audit.AuditSubject;
import io.sigillo.core.error.SigilloException;
import io.sigillo.identity.api.Enrolments;
import io.sigillo.identity.api.IdentityDirectory;
import io.sigillo.identity.api.IdentityError;
import io.sigillo.identity.api.IdentitySummary;
import io.sigillo.identity.api.ProofingRecord;
import io.sigillo.otp.api.DeviceStatus;
import io.sigillo.otp.api.DeviceSummary;
import io.sigillo.otp.api.DeviceType;
import io.sigillo.otp.api.OtpError;
import io.sigillo.otp.api.OtpRegistry;
import io.sigillo.otp.api.ResyncResult;
import io.sigillo.otp.api.TokenInventory;
import io.sigillo.selfcare.security.Actors;
import io.sigillo.selfcare.tenant.CurrentTenant;
import io.sigillo.selfcare.view.FacesErrors;
import io.sigillo.selfcare.view.Pages;
import io.sigillo.selfcare.web.PortalUrls;
import io.sigillo.selfcare.web.RequestContext;
import io.sigillo.selfcare.web.RequestCorrelation;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One person as an operator sees them: identity, devices with state and window headroom, recent
 * audit events about them; unlock a device or mark it lost, each with a reason, under the
 * operator's name (the OTP registry audits the change; opening the page is audited here); assist a
 * resynchronisation with the consecutive codes the holder reads out, audited by the registry too.
 */
@Named
@ViewScoped
public class PersonBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private CurrentTenant tenant;

  @Inject private Actors actors;
  @Inject private IdentityDirectory identities;
  @Inject private Enrolments enrolments;
  @Inject private RequestContext portal;
  @Inject private OtpRegistry registry;
  @Inject private TokenInventory tokens;
  @Inject private OperatorAudit audit;
  @Inject private SecurityContext security;

  private String username;
  private IdentitySummary identity;
  private List<DeviceSummary> devices = List.of();
  private List<AuditEvent> events = List.of();
  private ProofingRecord proofing;
  private Long deviceId;
  private String reason;
  private String serial;
  private Long resyncDeviceId;
  private String code1;
  private String code2;
  private String code3;

  /** View action: the person named by {@code ?u=} on the operator's own tenant. */
  public void load() {
    identity =
        Optional.ofNullable(username)
            .flatMap(u -> identities.findByUsername(tenant.id(), u))
            .orElseThrow(() -> new SigilloException(IdentityError.IDENTITY_NOT_FOUND));
    record("operator.person-viewed");
    proofing = enrolments.proofing(tenant.id(), identity.username(), actors.actor()).orElse(null);
    refresh();
  }

  /** A new activation link for a customer who has not chosen a password yet. */
  public String sendActivation() {
    FacesErrors.attempt(
        () -> {
          String sentTo =
              enrolments.sendActivation(
                  tenant.id(),
                  identity.username(),
                  portal.locale(),
                  portal.tenantName(),
                  PortalUrls.absolute(portal.http(), EnrolBacking.ACTIVATION_PAGE),
                  actors.actor());
          FacesErrors.info(Pages.text("idm", "operator.activation.sent", sentTo));
        });
    return null;
  }

  /** How the person was identified, when an operator enrolled them; null otherwise. */
  public ProofingRecord getProofing() {
    return proofing;
  }

  public String unlock() {
    return act(true);
  }

  public String markLost() {
    return act(false);
  }

  private String act(boolean unlock) {
    FacesErrors.attempt(
        () -> {
          Actor actor = actors.actor();
          if (unlock) {
            registry.unlockFor(tenant.id(), identity.username(), id(deviceId), reason, actor);
          } else {
            registry.markLostFor(tenant.id(), identity.username(), id(deviceId), reason, actor);
          }
          reason = null;
          refresh();
          FacesErrors.info(text(unlock ? "operator.unlocked" : "operator.lost"));
        });
    return null;
  }

  /**
   * Resynchronises an active HOTP/TOTP device from two (or, far out of step, three) consecutive
   * codes the holder reads out; the registry refuses anything else and changes nothing then.
   */
  public String resynchronise() {
    FacesErrors.attempt(
        () -> {
          DeviceSummary device =
              registry.deviceOf(tenant.id(), identity.username(), id(resyncDeviceId));
          List<String> codes = new ArrayList<>();
          for (String code : new String[] {code1, code2, code3}) {
            if (code != null && !code.isBlank()) {
              codes.add(code.strip());
            }
          }
          if (codes.size() < 2) {
            throw new SigilloException(OtpError.RESYNC_FAILED);
          }
          ResyncResult result =
              registry.resynchronise(tenant.id(), device.id(), codes, actors.actor());
          switch (result.status()) {
            case SYNCHRONISED -> {
              code1 = null;
              code2 = null;
              code3 = null;
              FacesErrors.info(text("operator.resync.done"));
            }
            // the two codes stay in the form: the holder reads out only the next one
            case THIRD_CODE_NEEDED ->
                FacesErrors.show(new SigilloException(OtpError.RESYNC_THIRD_CODE_NEEDED));
            case LOCKED -> FacesErrors.show(new SigilloException(OtpError.DEVICE_LOCKED));
            case NOT_ACTIVE, NOT_ALLOWED ->
                FacesErrors.show(new SigilloException(OtpError.DEVICE_NOT_ACTIVE));
            case NOT_FOUND, QUOTA_EXHAUSTED ->
                FacesErrors.show(new SigilloException(OtpError.RESYNC_FAILED));
          }
          refresh();
        });
    return null;
  }

  /** Devices an operator can resynchronise: active codes generators (an SMS code never drifts). */
  public List<DeviceSummary> getResyncable() {
    return devices.stream()
        .filter(d -> d.status() == DeviceStatus.ACTIVE)
        .filter(d -> d.type() == DeviceType.HOTP || d.type() == DeviceType.TOTP)
        .toList();
  }

  /** Gives the person a hardware token from the tenant's stock (the OTP registry audits it). */
  public String assignToken() {
    FacesErrors.attempt(
        () -> {
          String wanted = serial == null ? "" : serial.strip();
          if (wanted.isEmpty()) {
            throw new SigilloException(
                io.sigillo.core.error.PlatformError.VALIDATION, "serial", "");
          }
          tokens.assign(tenant.id(), wanted, identity.username(), actors.actor());
          serial = null;
          refresh();
          FacesErrors.info(text("operator.assigned"));
        });
    return null;
  }

  /** The chosen device's id; none chosen is an id no device has. */
  private static long id(Long chosen) {
    return chosen == null ? -1 : chosen;
  }

  private void refresh() {
    devices = registry.devicesOf(tenant.id(), identity.username());
    events = audit.about(tenant.id(), identity.username(), subjectsOf(identity, devices), 30);
  }

  /** The audit subjects that name this person: them by name and id, and each of their devices. */
  static Set<AuditSubject> subjectsOf(IdentitySummary identity, List<DeviceSummary> devices) {
    Set<AuditSubject> subjects = new HashSet<>();
    subjects.add(AuditSubject.person(identity.username()));
    subjects.add(AuditSubject.identity(identity.id()));
    for (DeviceSummary device : devices) {
      subjects.add(AuditSubject.otpDevice(device.id()));
    }
    return subjects;
  }

  private void record(String action) {
    audit.record(
        tenant.id(), operator(), action, AuditSubject.person(identity.username()), correlationId());
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

  public Long getResyncDeviceId() {
    return resyncDeviceId;
  }

  public void setResyncDeviceId(Long resyncDeviceId) {
    this.resyncDeviceId = resyncDeviceId;
  }

  public String getCode1() {
    return code1;
  }

  public void setCode1(String code1) {
    this.code1 = code1;
  }

  public String getCode2() {
    return code2;
  }

  public void setCode2(String code2) {
    this.code2 = code2;
  }

  public String getCode3() {
    return code3;
  }

  public void setCode3(String code3) {
    this.code3 = code3;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }
}

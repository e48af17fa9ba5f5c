package io.sigillo.selfcare.view.operator;

import io.sigillo.core.error.PlatformError;
import io.sigillo.core.error.SigilloException;
import io.sigillo.selfcare.view.FacesErrors;
import io.sigillo.selfcare.web.RequestContext;
import io.sigillo.signature.api.CertificateCare;
import io.sigillo.signature.api.CertificateSummary;
import io.sigillo.signature.api.EmergencySuspension;
import io.sigillo.signature.api.HolderCertificates;
import io.sigillo.signature.api.RevocationReason;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * One remote-signature holder as an operator sees them: certificates with their status, the renewal
 * state, and suspend, reactivate or revoke with a reason (the CA audits each change under the
 * operator's name and republishes the CRL at once); suspension with the emergency code the holder
 * reads on the phone.
 */
@Named
@ViewScoped
public class SignatureHolderBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private CertificateCare care;
  @Inject private EmergencySuspension emergency;
  @Inject private RequestContext request;

  private Long holderId;
  private HolderCertificates holder;
  private Long certificateId;
  private String reason;
  private String crlReason;
  private String emergencyCode;

  /** View action: the holder named by {@code ?h=} on the operator's own tenant. */
  public void load() {
    holder = care.holder(request.tenant(), holderId == null ? -1 : holderId, request.actor());
  }

  public String suspend() {
    return act(
        () -> care.suspend(request.tenant(), chosen(), reason, request.actor()),
        "operator.certs.suspended");
  }

  public String reactivate() {
    return act(
        () -> care.reactivate(request.tenant(), chosen(), reason, request.actor()),
        "operator.certs.reactivated");
  }

  public String revoke() {
    return act(
        () -> care.revoke(request.tenant(), chosen(), revocation(), reason, request.actor()),
        "operator.certs.revoked");
  }

  public String suspendWithCode() {
    FacesErrors.attempt(
        () -> {
          emergency.suspendForHolder(
              request.tenant(), holder.holder().holderId(), emergencyCode, request.actor());
          load();
          FacesErrors.info(text("operator.certs.suspended"));
        },
        () -> emergencyCode = null);
    return null;
  }

  private interface Change {
    CertificateSummary run();
  }

  private String act(Change change, String done) {
    FacesErrors.attempt(
        () -> {
          change.run();
          reason = null;
          load();
          FacesErrors.info(text(done));
        });
    return null;
  }

  private long chosen() {
    if (certificateId == null) {
      throw new SigilloException(PlatformError.CERTIFICATE_ACTION_INVALID);
    }
    return certificateId;
  }

  private RevocationReason revocation() {
    try {
      return crlReason == null ? null : RevocationReason.valueOf(crlReason);
    } catch (IllegalArgumentException e) {
      throw new SigilloException(PlatformError.CERTIFICATE_ACTION_INVALID);
    }
  }

  public List<RevocationReason> getCrlReasons() {
    return List.of(RevocationReason.values());
  }

  private static String text(String key) {
    FacesContext faces = FacesContext.getCurrentInstance();
    return faces.getApplication().getResourceBundle(faces, "res").getString(key);
  }

  public HolderCertificates getHolder() {
    return holder;
  }

  public Long getHolderId() {
    return holderId;
  }

  public void setHolderId(Long holderId) {
    this.holderId = holderId;
  }

  public Long getCertificateId() {
    return certificateId;
  }

  public void setCertificateId(Long certificateId) {
    this.certificateId = certificateId;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  public String getCrlReason() {
    return crlReason;
  }

  public void setCrlReason(String crlReason) {
    this.crlReason = crlReason;
  }

  public String getEmergencyCode() {
    return emergencyCode;
  }

  public void setEmergencyCode(String emergencyCode) {
    this.emergencyCode = emergencyCode;
  }
}

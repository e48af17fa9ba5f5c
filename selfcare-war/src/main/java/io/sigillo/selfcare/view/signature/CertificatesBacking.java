package io.sigillo.selfcare.view.signature;

import io.sigillo.selfcare.view.FacesErrors;
import io.sigillo.selfcare.web.RequestContext;
import io.sigillo.signature.api.CertificateCare;
import io.sigillo.signature.api.CertificateStatus;
import io.sigillo.signature.api.CertificateSummary;
import io.sigillo.signature.api.EmergencySuspension;
import io.sigillo.signature.api.HolderCertificates;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Optional;

/**
 * The holder's certificates: status, download, renewal state; suspend now or reactivate with the
 * remote-signature password and an OTP; the emergency code, shown once.
 */
@Named
@ViewScoped
public class CertificatesBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private CertificateCare care;
  @Inject private EmergencySuspension emergency;
  @Inject private RequestContext request;
  @Inject private SignaturePage page;

  private HolderCertificates certificates;
  private boolean emergencyCodeIssued;
  private String password;
  private String otp;
  private String emergencyCode;

  @PostConstruct
  void load() {
    FacesErrors.attempt(
        () -> {
          certificates = care.mine(request.tenant(), request.username());
          emergencyCodeIssued = emergency.hasCode(request.tenant(), request.username());
        });
  }

  public String suspend() {
    return prove(true);
  }

  public String reactivate() {
    return prove(false);
  }

  private String prove(boolean suspend) {
    FacesErrors.attempt(
        () -> {
          char[] secret = password == null ? new char[0] : password.toCharArray();
          if (suspend) {
            care.suspendMine(request.tenant(), request.username(), secret, otp, request.actor());
          } else {
            care.reactivateMine(request.tenant(), request.username(), secret, otp, request.actor());
          }
          FacesErrors.info(page.text(suspend ? "certs.suspended" : "certs.reactivated"));
          load();
        },
        () -> {
          password = null;
          otp = null;
        });
    return null;
  }

  public String issueEmergencyCode() {
    FacesErrors.attempt(
        () -> {
          emergencyCode =
              emergency.revealCode(request.tenant(), request.username(), request.actor());
          emergencyCodeIssued = true;
        });
    return null;
  }

  /** The current certificate, if the holder has one. */
  public CertificateSummary getCurrent() {
    if (certificates == null) {
      return null;
    }
    Optional<String> serial = certificates.holder().certificateSerial();
    return certificates.certificates().stream()
        .filter(c -> serial.isPresent() && c.serialNumber().equals(serial.get()))
        .findFirst()
        .orElse(null);
  }

  public boolean isSuspendable() {
    CertificateSummary current = getCurrent();
    return current != null && current.status() == CertificateStatus.ACTIVE;
  }

  public boolean isReactivatable() {
    CertificateSummary current = getCurrent();
    return current != null && current.status() == CertificateStatus.SUSPENDED;
  }

  public HolderCertificates getCertificates() {
    return certificates;
  }

  public boolean isEmergencyCodeIssued() {
    return emergencyCodeIssued;
  }

  public String getEmergencyCode() {
    return emergencyCode;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  public String getOtp() {
    return otp;
  }

  public void setOtp(String otp) {
    this.otp = otp;
  }
}

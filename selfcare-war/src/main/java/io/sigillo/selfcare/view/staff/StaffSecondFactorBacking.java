package io.sigillo.selfcare.view.staff;

import io.sigillo.core.error.SigilloException;
import io.sigillo.otp.api.ActivationRequest;
import io.sigillo.otp.api.ActivationSent;
import io.sigillo.otp.api.DeviceStatus;
import io.sigillo.otp.api.DeviceSummary;
import io.sigillo.otp.api.DeviceType;
import io.sigillo.otp.api.FirstDeviceActivations;
import io.sigillo.otp.api.OtpRegistry;
import io.sigillo.otp.api.Purpose;
import io.sigillo.otp.api.RejectionReason;
import io.sigillo.otp.api.TotpEnrolment;
import io.sigillo.otp.api.ValidationRequest;
import io.sigillo.otp.api.ValidationResult;
import io.sigillo.otp.api.ValidationStatus;
import io.sigillo.selfcare.security.SecondFactorSession;
import io.sigillo.selfcare.security.StaffGate;
import io.sigillo.selfcare.view.FacesErrors;
import io.sigillo.selfcare.view.Pages;
import io.sigillo.selfcare.web.PortalUrls;
import io.sigillo.selfcare.web.RequestContext;
import io.sigillo.tenancy.api.LoginAccounts;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Base64;
import java.util.Comparator;
import java.util.Optional;

/**
 * The staff step-up. With a device: a code of it, checked by the registry for purpose LOGIN, and
 * the session holds level 2. Without one: an activation link to the address the login broker holds
 * (the only way to a first device), then the app's QR code and its first code, which make it active
 * and the session level 2 at once. The secret is shown only here, to the staff member themselves.
 */
@Named
@ViewScoped
public class StaffSecondFactorBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  /** What the page shows. */
  public enum Step {
    /** A code of the staff member's device. */
    CODE,
    /** No device yet: ask for the activation link. */
    NO_DEVICE,
    /** The link opened: the new app's QR code and its first code. */
    ACTIVATE
  }

  @Inject private OtpRegistry registry;
  @Inject private FirstDeviceActivations activations;
  @Inject private LoginAccounts accounts;
  @Inject private RequestContext portal;

  private String back;
  private String activation;
  private Step step;
  private Long deviceId;
  private String code;
  private ValidationStatus status;
  private RejectionReason reason;
  private int remainingAttempts;
  private long retryAfterSeconds;
  private String sentTo;
  private long pendingDeviceId;
  private String qrDataUri;
  private String manualKey;

  /** After the view parameters: already at level 2, a link to redeem, or the step to show. */
  public void load() {
    if (step != null) {
      return;
    }
    if (portal
        .secondFactor()
        .map(g -> g.mode() == SecondFactorSession.Mode.LEVEL_2)
        .orElse(false)) {
      Pages.redirect(getBack());
      return;
    }
    if (activation != null && !activation.isBlank()) {
      try {
        TotpEnrolment enrolment =
            activations.enrol(portal.tenant(), activation, portal.tenantName(), portal.actor());
        pendingDeviceId = enrolment.device().id();
        qrDataUri =
            "data:image/png;base64," + Base64.getEncoder().encodeToString(enrolment.qrPng());
        manualKey = enrolment.manualKey();
        step = Step.ACTIVATE;
        return;
      } catch (SigilloException e) {
        FacesErrors.show(e);
        activation = null;
      }
    }
    chooseStep();
  }

  private void chooseStep() {
    Optional<DeviceSummary> device =
        registry.devicesOf(portal.tenant(), portal.username()).stream()
            .filter(d -> d.status() == DeviceStatus.ACTIVE && d.type() != DeviceType.SMS)
            .max(Comparator.comparingLong(DeviceSummary::id));
    deviceId = device.map(DeviceSummary::id).orElse(null);
    step = device.isPresent() ? Step.CODE : Step.NO_DEVICE;
  }

  public String verify() {
    FacesErrors.attempt(
        () -> {
          outcome(
              registry.validate(
                  portal.tenant(),
                  ValidationRequest.forDevice(deviceId, Purpose.LOGIN, code),
                  portal.actor()));
        });
    code = null;
    return null;
  }

  public String sendLink() {
    FacesErrors.attempt(
        () -> {
          ActivationSent sent =
              activations.send(
                  portal.tenant(),
                  new ActivationRequest(
                      accounts.email(portal.username()).orElse(""),
                      portal.locale(),
                      portal.tenantName(),
                      PortalUrls.absolute(portal.http(), StaffGate.STEP_UP + "?activation=")),
                  portal.actor());
          sentTo = sent.maskedEmail();
        });
    return null;
  }

  public String confirm() {
    FacesErrors.attempt(
        () -> {
          outcome(
              activations.confirm(
                  portal.tenant(), activation, pendingDeviceId, code, portal.actor()));
        });
    code = null;
    return null;
  }

  private void outcome(ValidationResult result) {
    status = result.status();
    reason = result.reason().orElse(null);
    remainingAttempts = result.remainingAttempts();
    retryAfterSeconds = result.retryAfter().toSeconds();
    if (result.accepted()) {
      portal.grantSecondFactor(SecondFactorSession.Mode.LEVEL_2);
      Pages.redirect(getBack());
    }
  }

  /** {@code REJECTED}, {@code REPLAYED}, {@code DELAYED}, {@code CLOCK_DRIFT}, {@code LOCKED}… */
  public String getResult() {
    if (status == null || status == ValidationStatus.ACCEPTED) {
      return "";
    }
    return status == ValidationStatus.REJECTED && reason != null ? reason.name() : status.name();
  }

  public Step getStep() {
    return step;
  }

  public String getBack() {
    if (back != null) {
      return back;
    }
    return portal.http().isUserInRole("operator") ? "/operator/" : "/platform/";
  }

  /** Only paths of this portal, never another site. */
  public void setBack(String back) {
    if (back != null && back.startsWith("/") && !back.startsWith("//") && !back.contains("\\")) {
      this.back = back;
    }
  }

  public String getActivation() {
    return activation;
  }

  public void setActivation(String activation) {
    this.activation = activation;
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public int getRemainingAttempts() {
    return remainingAttempts;
  }

  public long getRetryAfterSeconds() {
    return retryAfterSeconds;
  }

  public String getSentTo() {
    return sentTo;
  }

  public String getQrDataUri() {
    return qrDataUri;
  }

  public String getManualKey() {
    return manualKey;
  }
}

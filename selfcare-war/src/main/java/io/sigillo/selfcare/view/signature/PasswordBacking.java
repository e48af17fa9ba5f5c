package io.sigillo.selfcare.view.signature;

import io.sigillo.selfcare.view.FacesErrors;
import io.sigillo.selfcare.web.RequestContext;
import io.sigillo.signature.api.HolderSummary;
import io.sigillo.signature.api.Holders;
import io.sigillo.signature.api.PasswordResetStarted;
import io.sigillo.signature.api.SignaturePasswords;
import io.sigillo.signature.api.SignaturePolicies;
import io.sigillo.signature.api.SignaturePolicySettings;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * The remote-signature password: change it with the current one and an OTP of the signature device,
 * or, when forgotten, reset it with a code sent by SMS to the holder's mobile and an OTP. The
 * passwords typed are never kept beyond the request.
 */
@Named
@ViewScoped
public class PasswordBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Where the holder is. */
  public enum Step {
    CHANGE,
    RESET,
    CHANGED,
    RESET_DONE
  }

  @Inject private Holders holders;
  @Inject private SignaturePasswords passwords;
  @Inject private SignaturePolicies policies;
  @Inject private SignaturePage page;
  @Inject private RequestContext request;

  private HolderSummary holder;
  private SignaturePolicySettings policy;
  private Step step = Step.CHANGE;
  private PasswordResetStarted reset;
  private String currentPassword;
  private String newPassword;
  private String newPasswordRepeat;
  private String otp;
  private String code;

  @PostConstruct
  void load() {
    holder = holders.find(request.tenant(), request.username()).orElse(null);
    policy = policies.current(request.tenant());
  }

  public String change() {
    if (differ()) {
      return null;
    }
    FacesErrors.attempt(
        () -> {
          passwords.change(
              request.tenant(),
              request.username(),
              chars(currentPassword),
              chars(newPassword),
              otp,
              request.actor());
          step = Step.CHANGED;
        },
        this::forget);
    return null;
  }

  /** Forgotten: a code to the mobile; again from the reset step, a new code. */
  public String startReset() {
    FacesErrors.attempt(
        () -> {
          reset =
              passwords.startReset(
                  request.tenant(),
                  request.username(),
                  request.locale(),
                  request.tenantName(),
                  request.actor());
          step = Step.RESET;
        },
        this::forget);
    return null;
  }

  public String confirmReset() {
    if (differ()) {
      return null;
    }
    FacesErrors.attempt(
        () -> {
          passwords.reset(
              request.tenant(),
              request.username(),
              reset.resetId(),
              code,
              otp,
              chars(newPassword),
              request.actor());
          step = Step.RESET_DONE;
        },
        this::forget);
    return null;
  }

  public String cancel() {
    step = Step.CHANGE;
    reset = null;
    forget();
    return null;
  }

  private boolean differ() {
    if (newPassword == null || !newPassword.equals(newPasswordRepeat)) {
      FacesErrors.warning(page.text("order.passwordsDiffer"));
      forget();
      return true;
    }
    return false;
  }

  private void forget() {
    currentPassword = null;
    newPassword = null;
    newPasswordRepeat = null;
    otp = null;
    code = null;
  }

  private static char[] chars(String value) {
    return value == null ? new char[0] : value.toCharArray();
  }

  public HolderSummary getHolder() {
    return holder;
  }

  public SignaturePolicySettings getPolicy() {
    return policy;
  }

  public Step getStep() {
    return step;
  }

  public PasswordResetStarted getReset() {
    return reset;
  }

  public String getCurrentPassword() {
    return null;
  }

  public void setCurrentPassword(String currentPassword) {
    this.currentPassword = currentPassword;
  }

  public String getNewPassword() {
    return null;
  }

  public void setNewPassword(String newPassword) {
    this.newPassword = newPassword;
  }

  public String getNewPasswordRepeat() {
    return null;
  }

  public void setNewPasswordRepeat(String newPasswordRepeat) {
    this.newPasswordRepeat = newPasswordRepeat;
  }

  public String getOtp() {
    return otp;
  }

  public void setOtp(String otp) {
    this.otp = otp;
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }
}

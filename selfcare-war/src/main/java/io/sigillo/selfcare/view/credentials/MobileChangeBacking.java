package io.sigillo.selfcare.view.credentials;

import io.sigillo.core.error.SigilloException;
import io.sigillo.identity.api.CodeOutcome;
import io.sigillo.identity.api.CodeSent;
import io.sigillo.identity.api.IdentityCredentials;
import io.sigillo.identity.api.IdentityError;
import io.sigillo.identity.api.MobileChangeStep;
import io.sigillo.selfcare.view.FacesErrors;
import io.sigillo.selfcare.web.RequestContext;
import io.sigillo.tenancy.api.Passwords;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * Change of the registered mobile number, for a holder who lost it: the password again, a code to
 * the registered e-mail address, a code by SMS to the new number. Then the app can be associated
 * again on the new phone.
 */
@Named
@ViewScoped
public class MobileChangeBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Where the holder is in the change. */
  public enum Step {
    PASSWORD,
    EMAIL,
    SMS,
    DONE
  }

  @Inject private IdentityCredentials credentials;
  @Inject private Passwords passwords;
  @Inject private RequestContext portal;

  private Step step = Step.PASSWORD;
  private String password;
  private String newMobile;
  private CodeSent email;
  private CodeSent sms;
  private String code;
  private CodeOutcome outcome;

  public String start() {
    FacesErrors.attempt(
        () -> {
          char[] typed = password == null ? new char[0] : password.toCharArray();
          password = null;
          if (!passwords.verify(portal.username(), typed)) {
            throw new SigilloException(IdentityError.PASSWORD_WRONG);
          }
          email =
              credentials.startMobileChange(
                  portal.tenant(),
                  portal.username(),
                  newMobile,
                  portal.locale(),
                  portal.tenantName(),
                  portal.actor());
          outcome = null;
          step = Step.EMAIL;
        });
    return null;
  }

  public String verifyEmail() {
    FacesErrors.attempt(
        () -> {
          MobileChangeStep result =
              credentials.verifyMobileChangeEmail(
                  portal.tenant(),
                  portal.username(),
                  email.challengeId(),
                  code,
                  portal.locale(),
                  portal.tenantName(),
                  portal.actor());
          code = null;
          outcome = result.code();
          if (result.smsToNewNumber().isPresent()) {
            sms = result.smsToNewNumber().get();
            outcome = null;
            step = Step.SMS;
          }
        });
    return null;
  }

  public String verifySms() {
    FacesErrors.attempt(
        () -> {
          outcome =
              credentials.verifyMobileChangeSms(
                  portal.tenant(),
                  portal.username(),
                  sms.challengeId(),
                  code,
                  portal.locale(),
                  portal.tenantName(),
                  portal.actor());
          code = null;
          if (outcome.verified()) {
            step = Step.DONE;
          }
        });
    return null;
  }

  /** Back to the first step, e.g. after an expired or exhausted code. */
  public String restart() {
    step = Step.PASSWORD;
    outcome = null;
    return null;
  }

  public Step getStep() {
    return step;
  }

  public CodeSent getEmail() {
    return email;
  }

  public CodeSent getSms() {
    return sms;
  }

  public String getResult() {
    return outcome == null ? "" : outcome.check().name();
  }

  public int getRemainingAttempts() {
    return outcome == null ? 0 : outcome.remainingAttempts();
  }

  public String getPassword() {
    return null;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  public String getNewMobile() {
    return newMobile;
  }

  public void setNewMobile(String newMobile) {
    this.newMobile = newMobile;
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }
}

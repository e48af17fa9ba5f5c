package io.sigillo.selfcare.view.credentials;

import io.sigillo.identity.api.CodeOutcome;
import io.sigillo.identity.api.CodeSent;
import io.sigillo.identity.api.CredentialKind;
import io.sigillo.identity.api.CredentialState;
import io.sigillo.identity.api.IdentityCredentials;
import io.sigillo.identity.api.NewApp;
import io.sigillo.identity.api.ReconfigureStep;
import io.sigillo.identity.api.SecondFactorOutcome;
import io.sigillo.selfcare.security.SecondFactorSession;
import io.sigillo.selfcare.view.FacesErrors;
import io.sigillo.selfcare.web.RequestContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Base64;

/**
 * Re-association of the OTP app, step by step: confirm, the SMS code to the registered mobile, the
 * new association (QR code and manual key, what to do in the portal and in the app), the first
 * code. The new key lives only in this view's state; leaving half-way leaves a pending app that the
 * credential page explains and a new start replaces.
 */
@Named
@ViewScoped
public class ReconfigureBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Where the holder is in the flow. */
  public enum Step {
    CONFIRM,
    SMS,
    ASSOCIATE,
    DONE
  }

  @Inject private IdentityCredentials credentials;
  @Inject private RequestContext portal;

  private Step step = Step.CONFIRM;
  private CodeSent sms;
  private String smsCode;
  private CodeOutcome smsOutcome;
  private NewApp app;
  private String firstCode;
  private SecondFactorOutcome appOutcome;
  private Boolean firstAssociation;

  /** Confirmed (or asked again): an SMS code to the registered mobile number. */
  public String sendCode() {
    FacesErrors.attempt(
        () -> {
          sms =
              credentials.startReconfigure(
                  portal.tenant(),
                  portal.username(),
                  portal.locale(),
                  portal.tenantName(),
                  portal.actor());
          smsOutcome = null;
          step = Step.SMS;
        });
    return null;
  }

  public String verifyCode() {
    FacesErrors.attempt(
        () -> {
          ReconfigureStep result =
              credentials.verifyReconfigure(
                  portal.tenant(),
                  portal.username(),
                  sms.challengeId(),
                  smsCode,
                  portal.locale(),
                  portal.tenantName(),
                  portal.actor());
          smsCode = null;
          smsOutcome = result.code();
          if (result.app().isPresent()) {
            app = result.app().get();
            step = Step.ASSOCIATE;
          }
        });
    return null;
  }

  public String confirmApp() {
    FacesErrors.attempt(
        () -> {
          appOutcome =
              credentials.confirmNewApp(
                  portal.tenant(),
                  portal.username(),
                  app.deviceId(),
                  firstCode,
                  portal.locale(),
                  portal.tenantName(),
                  portal.actor());
          firstCode = null;
          if (appOutcome.accepted()) {
            // the first code came from the new app: that is a level-2 proof, recovery is over. The
            // one grant of level 2 outside Keycloak's step, and no second step: the registry
            // checked
            // this code (replay, window) as it checks the step's, after an SMS code to the
            // identity's
            // mobile in this same flow
            portal.grantSecondFactor(SecondFactorSession.Mode.LEVEL_2);
            app = null;
            step = Step.DONE;
          }
        });
    return null;
  }

  /**
   * No app works for this person yet (none, or only revoked ones): the page speaks of a first
   * association, not of an old app that stops working. Read once per view, before anything changes.
   */
  public boolean isFirstAssociation() {
    if (firstAssociation == null) {
      firstAssociation = false;
      // an identity the portal cannot read keeps the general wording; the step itself says why
      FacesErrors.attempt(
          () ->
              firstAssociation =
                  credentials.overview(portal.tenant(), portal.username()).credentials().stream()
                      .filter(c -> c.kind() == CredentialKind.OTP_APP)
                      .allMatch(c -> c.state() == CredentialState.NOT_CONFIGURED));
    }
    return firstAssociation;
  }

  public Step getStep() {
    return step;
  }

  public CodeSent getSms() {
    return sms;
  }

  public String getSmsResult() {
    return smsOutcome == null ? "" : smsOutcome.check().name();
  }

  public int getSmsRemaining() {
    return smsOutcome == null ? 0 : smsOutcome.remainingAttempts();
  }

  public String getAppResult() {
    return appOutcome == null ? "" : appOutcome.check().name();
  }

  public int getAppRemaining() {
    return appOutcome == null ? 0 : appOutcome.remainingAttempts();
  }

  public String getAppOffset() {
    return appOutcome == null ? "" : appOutcome.clockOffset().map(o -> o.render()).orElse("");
  }

  /** The QR code as a data URI, so the key never sits at a URL of its own. */
  public String getQrDataUri() {
    return app == null
        ? ""
        : "data:image/png;base64," + Base64.getEncoder().encodeToString(app.qrPng());
  }

  /**
   * The otpauth URI of the new app, for a link: on the phone that shows this page, an authenticator
   * app opens it (the phone cannot scan its own screen).
   */
  public String getKeyUri() {
    return app == null ? "" : app.keyUri();
  }

  public String getManualKey() {
    return app == null ? "" : app.manualKey();
  }

  public String getSmsCode() {
    return smsCode;
  }

  public void setSmsCode(String smsCode) {
    this.smsCode = smsCode;
  }

  public String getFirstCode() {
    return firstCode;
  }

  public void setFirstCode(String firstCode) {
    this.firstCode = firstCode;
  }
}

package io.sigillo.selfcare.view.credentials;

import io.sigillo.identity.api.CodeSent;
import io.sigillo.identity.api.Credential;
import io.sigillo.identity.api.CredentialKind;
import io.sigillo.identity.api.CredentialOverview;
import io.sigillo.identity.api.CredentialState;
import io.sigillo.identity.api.IdentityCredentials;
import io.sigillo.identity.api.SecondFactorCheck;
import io.sigillo.identity.api.SecondFactorOutcome;
import io.sigillo.identity.api.SecondFactorStatus;
import io.sigillo.selfcare.security.SecondFactorSession;
import io.sigillo.selfcare.view.FacesErrors;
import io.sigillo.selfcare.view.Pages;
import io.sigillo.selfcare.web.RequestContext;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Optional;

/**
 * The OTP step-up after the password login: a code of the app, or one received by SMS. A
 * clock-drift answer shows how far the phone is off and how to fix it; a lock explains how to get
 * unlocked. Accepted, the session holds level 2 for this tenant and the person goes on.
 */
@Named
@ViewScoped
public class SecondFactorBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private IdentityCredentials credentials;
  @Inject private RequestContext portal;

  private String back = "/credentials/";
  private String code;
  private String smsCode;
  private CodeSent sms;
  private SecondFactorOutcome outcome;
  private CredentialOverview overview;

  @PostConstruct
  void load() {
    FacesErrors.attempt(() -> overview = credentials.overview(portal.tenant(), portal.username()));
  }

  public String verifyApp() {
    FacesErrors.attempt(
        () -> {
          outcome =
              credentials.checkAppCode(
                  portal.tenant(),
                  portal.username(),
                  code,
                  portal.locale(),
                  portal.tenantName(),
                  portal.actor());
          code = null;
          done();
        });
    return null;
  }

  public String sendSms() {
    FacesErrors.attempt(
        () -> {
          sms =
              credentials.sendLoginSms(
                  portal.tenant(),
                  portal.username(),
                  portal.locale(),
                  portal.tenantName(),
                  portal.actor());
          outcome = null;
        });
    return null;
  }

  public String verifySms() {
    FacesErrors.attempt(
        () -> {
          outcome =
              credentials.checkLoginSms(
                  portal.tenant(),
                  portal.username(),
                  sms.challengeId(),
                  smsCode,
                  portal.locale(),
                  portal.tenantName(),
                  portal.actor());
          smsCode = null;
          done();
        });
    return null;
  }

  /** Back to the code form after reading an explanation (clock, lock). */
  public String retry() {
    outcome = null;
    return null;
  }

  private void done() {
    if (outcome.accepted()) {
      portal.grantSecondFactor(SecondFactorSession.Mode.LEVEL_2);
      Pages.redirect(back);
    }
  }

  public boolean isKnown() {
    return overview != null;
  }

  public boolean isAppActive() {
    return app().map(c -> c.state() == CredentialState.ACTIVE).orElse(false);
  }

  public boolean isSmsAvailable() {
    return overview != null
        && overview.credentials().stream()
            .anyMatch(c -> c.kind() == CredentialKind.SMS && c.state() == CredentialState.ACTIVE);
  }

  /** Level 2 suspended since a recovery: neither the app nor the SMS are accepted. */
  public boolean isSuspended() {
    return overview != null && overview.identity().secondFactor() == SecondFactorStatus.SUSPENDED;
  }

  private Optional<Credential> app() {
    return overview == null
        ? Optional.empty()
        : overview.credentials().stream()
            .filter(c -> c.kind() == CredentialKind.OTP_APP)
            .findFirst();
  }

  /** The outcome's name for the page ({@code CLOCK_DRIFT}, {@code LOCKED}, …), or empty. */
  public String getResult() {
    return outcome == null ? "" : outcome.check().name();
  }

  public boolean isExplaining() {
    return outcome != null
        && (outcome.check() == SecondFactorCheck.CLOCK_DRIFT
            || outcome.check() == SecondFactorCheck.LOCKED);
  }

  /** "+4 min" for a clock-drift answer. */
  public String getOffset() {
    return outcome == null ? "" : outcome.clockOffset().map(o -> o.render()).orElse("");
  }

  /** Minutes off, without sign, for the explanation's sentence. */
  public long getOffsetMinutes() {
    return outcome == null
        ? 0
        : outcome
            .clockOffset()
            .map(o -> Math.round(Math.abs(o.offset().getSeconds()) / 60.0))
            .orElse(0L);
  }

  public boolean isPhoneAhead() {
    return outcome != null
        && outcome.clockOffset().map(o -> !o.offset().isNegative()).orElse(false);
  }

  public int getRemainingAttempts() {
    return outcome == null ? 0 : outcome.remainingAttempts();
  }

  public long getRetryAfterSeconds() {
    return outcome == null ? 0 : outcome.retryAfter().toSeconds();
  }

  public CodeSent getSms() {
    return sms;
  }

  public String getBack() {
    return back;
  }

  /** Only paths of this portal, never another site. */
  public void setBack(String back) {
    if (back != null && back.startsWith("/") && !back.startsWith("//") && !back.contains("\\")) {
      this.back = back;
    }
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public String getSmsCode() {
    return smsCode;
  }

  public void setSmsCode(String smsCode) {
    this.smsCode = smsCode;
  }
}

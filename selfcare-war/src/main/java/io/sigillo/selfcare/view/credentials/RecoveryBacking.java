package io.sigillo.selfcare.view.credentials;

import io.sigillo.identity.api.CodeChannel;
import io.sigillo.identity.api.CodeOutcome;
import io.sigillo.identity.api.CodeSent;
import io.sigillo.identity.api.IdentityCredentials;
import io.sigillo.selfcare.security.SecondFactorSession;
import io.sigillo.selfcare.view.FacesErrors;
import io.sigillo.selfcare.view.Pages;
import io.sigillo.selfcare.web.RequestContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * "Can't generate a code?": a code to the registered mobile or e-mail address suspends level 2 and
 * opens a password-only session limited to credential management, where the holder associates the
 * app again.
 */
@Named
@ViewScoped
public class RecoveryBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private IdentityCredentials credentials;
  @Inject private RequestContext portal;

  private CodeSent sent;
  private String code;
  private CodeOutcome outcome;

  public String sendSms() {
    return send(CodeChannel.SMS);
  }

  public String sendEmail() {
    return send(CodeChannel.EMAIL);
  }

  private String send(CodeChannel channel) {
    FacesErrors.attempt(
        () -> {
          sent =
              credentials.startRecovery(
                  portal.tenant(),
                  portal.username(),
                  channel,
                  portal.locale(),
                  portal.tenantName(),
                  portal.actor());
          outcome = null;
        });
    return null;
  }

  public String verify() {
    FacesErrors.attempt(
        () -> {
          outcome =
              credentials.verifyRecovery(
                  portal.tenant(),
                  portal.username(),
                  sent.challengeId(),
                  sent.channel(),
                  code,
                  portal.locale(),
                  portal.tenantName(),
                  portal.actor());
          code = null;
          if (outcome.verified()) {
            portal.grantSecondFactor(SecondFactorSession.Mode.RECOVERY);
            Pages.redirect("/credentials/");
          }
        });
    return null;
  }

  public CodeSent getSent() {
    return sent;
  }

  public String getResult() {
    return outcome == null ? "" : outcome.check().name();
  }

  public int getRemainingAttempts() {
    return outcome == null ? 0 : outcome.remainingAttempts();
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }
}

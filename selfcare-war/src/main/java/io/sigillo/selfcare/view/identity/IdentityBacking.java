package io.sigillo.selfcare.view.identity;

import io.sigillo.identity.api.IdentityCredentials;
import io.sigillo.identity.api.IdentityLifecycle;
import io.sigillo.identity.api.IdentityStatus;
import io.sigillo.identity.api.IdentitySummary;
import io.sigillo.otp.api.OtpRegistry;
import io.sigillo.selfcare.view.FacesErrors;
import io.sigillo.selfcare.view.Pages;
import io.sigillo.selfcare.web.RequestContext;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.format.DateTimeFormatter;

/**
 * The holder's identity: personal data and contacts, suspension and reactivation, revocation
 * (confirmed by a tick, as it is final; when the OTP app also authorises remote signatures, a
 * second tick says it stays as the signature-only device), and the choice to be told of every
 * level-2 login.
 */
@Named
@ViewScoped
public class IdentityBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private IdentityCredentials credentials;
  @Inject private IdentityLifecycle lifecycle;
  @Inject private RequestContext portal;
  @Inject private OtpRegistry registry;

  private IdentitySummary identity;
  private String reason;
  private boolean confirmRevoke;
  private boolean signingApp;
  private boolean keepSigningApp;
  private boolean notice;
  private String done;

  @PostConstruct
  void load() {
    FacesErrors.attempt(
        () -> {
          identity = credentials.overview(portal.tenant(), portal.username()).identity();
          notice = identity.l2UseNotice();
          // revoking the identity keeps an app that also authorises signatures: the page asks
          signingApp =
              registry.activeApps(portal.tenant(), portal.username()).stream()
                  .anyMatch(app -> registry.servesSigning(portal.tenant(), app.id()));
        });
  }

  public String suspend() {
    return act(
        "suspended",
        () ->
            lifecycle.suspend(
                portal.tenant(),
                portal.username(),
                reason,
                portal.locale(),
                portal.tenantName(),
                portal.actor()));
  }

  public String reactivate() {
    return act(
        "reactivated",
        () ->
            lifecycle.reactivate(
                portal.tenant(),
                portal.username(),
                portal.locale(),
                portal.tenantName(),
                portal.actor()));
  }

  public String revoke() {
    if (!confirmRevoke) {
      FacesErrors.info(Pages.text("idm", "identity.revoke.confirmFirst"));
      return null;
    }
    if (signingApp && !keepSigningApp) {
      FacesErrors.warning(Pages.text("idm", "identity.revoke.signingApp.first"));
      return null;
    }
    return act(
        "revoked",
        () ->
            lifecycle.revoke(
                portal.tenant(),
                portal.username(),
                reason,
                portal.locale(),
                portal.tenantName(),
                portal.actor()));
  }

  public String saveNotice() {
    return act(
        "notice",
        () -> lifecycle.setL2UseNotice(portal.tenant(), portal.username(), notice, portal.actor()));
  }

  private String act(String what, java.util.function.Supplier<IdentitySummary> action) {
    FacesErrors.attempt(
        () -> {
          identity = action.get();
          reason = null;
          done = what;
        });
    return null;
  }

  public boolean isSigningApp() {
    return signingApp;
  }

  public boolean isKeepSigningApp() {
    return keepSigningApp;
  }

  public void setKeepSigningApp(boolean keepSigningApp) {
    this.keepSigningApp = keepSigningApp;
  }

  public IdentitySummary getIdentity() {
    return identity;
  }

  public boolean isActive() {
    return identity != null && identity.status() == IdentityStatus.ACTIVE;
  }

  public boolean isSuspended() {
    return identity != null && identity.status() == IdentityStatus.SUSPENDED;
  }

  public boolean isRevoked() {
    return identity != null && identity.status() == IdentityStatus.REVOKED;
  }

  public String getBirthDate() {
    return identity == null
        ? ""
        : identity
            .birthDate()
            .map(d -> d.format(DateTimeFormatter.ofPattern("dd/MM/yyyy")))
            .orElse("");
  }

  public String getDone() {
    return done;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  public boolean isConfirmRevoke() {
    return confirmRevoke;
  }

  public void setConfirmRevoke(boolean confirmRevoke) {
    this.confirmRevoke = confirmRevoke;
  }

  public boolean isNotice() {
    return notice;
  }

  public void setNotice(boolean notice) {
    this.notice = notice;
  }
}

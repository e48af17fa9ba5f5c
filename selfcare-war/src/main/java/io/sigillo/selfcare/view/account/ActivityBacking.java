package io.sigillo.selfcare.view.account;

import io.sigillo.identity.api.ActivityEntry;
import io.sigillo.identity.api.IdentityLifecycle;
import io.sigillo.identity.api.PersonalActivity;
import io.sigillo.selfcare.view.FacesErrors;
import io.sigillo.selfcare.view.Pages;
import io.sigillo.selfcare.web.RequestContext;
import io.sigillo.tenancy.api.LoginSession;
import io.sigillo.tenancy.api.LoginSessions;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * The person's own activity page: recent sign-ins and changes from the audit trail, the broker
 * sessions on this portal with "sign out everywhere", and "this wasn't me", which suspends the
 * identity, ends every session and points to a support request.
 */
@Named
@ViewScoped
public class ActivityBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private PersonalActivity activity;
  @Inject private LoginSessions sessions;
  @Inject private IdentityLifecycle lifecycle;
  @Inject private RequestContext portal;

  private List<ActivityEntry> entries = List.of();
  private List<LoginSession> open = List.of();
  private String done = "";

  /** View action: the entries and the sessions, as they are now. */
  public void load() {
    FacesErrors.attempt(
        () -> {
          entries = activity.recent(portal.tenant(), portal.actor(), 50);
          open = sessions.mine(portal.tenant(), portal.actor());
        });
  }

  /** Ends every session of the person on this portal, this one included (its next request). */
  public String signOutEverywhere() {
    FacesErrors.attempt(
        () -> {
          int ended = sessions.signOutEverywhere(portal.tenant(), portal.actor());
          open = List.of();
          done = "signedOut";
          FacesErrors.info(Pages.text("idm", "activity.signedOut", ended));
        });
    return null;
  }

  /**
   * Somebody else used the identity: it is suspended (nothing signs in with it until the person
   * reactivates it at level 2), every session ends, and the page leads to a support request.
   */
  public String notMe() {
    FacesErrors.attempt(
        () -> {
          lifecycle.suspend(
              portal.tenant(),
              portal.username(),
              Pages.text("idm", "activity.notMe.reason"),
              portal.locale(),
              portal.tenantName(),
              portal.actor());
          sessions.signOutEverywhere(portal.tenant(), portal.actor());
          open = List.of();
          done = "notMe";
        });
    return null;
  }

  public List<ActivityEntry> getEntries() {
    return entries;
  }

  public List<LoginSession> getSessions() {
    return open;
  }

  public String getDone() {
    return done;
  }
}

package io.sigillo.selfcare.view.credentials;

import io.sigillo.identity.api.Credential;
import io.sigillo.identity.api.CredentialKind;
import io.sigillo.identity.api.CredentialOverview;
import io.sigillo.identity.api.CredentialState;
import io.sigillo.identity.api.IdentityCredentials;
import io.sigillo.selfcare.security.SecondFactorSession;
import io.sigillo.selfcare.view.FacesErrors;
import io.sigillo.selfcare.web.RequestContext;
import io.sigillo.tenancy.api.Passwords;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Credential management: the password (kept by the login broker), the OTP app and the SMS, each
 * with its level, its state and what the holder can do with it.
 */
@Named
@RequestScoped
public class CredentialsBacking {

  @Inject private IdentityCredentials credentials;
  @Inject private Passwords passwords;
  @Inject private RequestContext portal;

  private CredentialOverview overview;
  private final List<Credential> rows = new ArrayList<>();

  @PostConstruct
  void load() {
    FacesErrors.attempt(
        () -> {
          overview = credentials.overview(portal.tenant(), portal.username());
          Optional<Instant> password = passwords.passwordSetAt(portal.username());
          rows.add(
              new Credential(
                  CredentialKind.PASSWORD,
                  password.isPresent() ? CredentialState.ACTIVE : CredentialState.NOT_CONFIGURED,
                  portal.username(),
                  password.filter(at -> at.isAfter(Instant.EPOCH))));
          rows.addAll(overview.credentials());
        });
  }

  public boolean isKnown() {
    return overview != null;
  }

  public List<Credential> getCredentials() {
    return rows;
  }

  public CredentialOverview getOverview() {
    return overview;
  }

  /** A recovery session: password only, level 2 suspended until the app is associated again. */
  public boolean isRecovery() {
    return portal
        .secondFactor()
        .map(g -> g.mode() == SecondFactorSession.Mode.RECOVERY)
        .orElse(false);
  }

  public boolean isAssociationPending() {
    return rows.stream()
        .anyMatch(c -> c.kind() == CredentialKind.OTP_APP && c.state() == CredentialState.PENDING);
  }

  /** The date a credential took its state, in the portal's short form. */
  public String since(Credential credential) {
    return credential
        .since()
        .map(
            at ->
                java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")
                    .withZone(java.time.ZoneId.of("Europe/Rome"))
                    .format(at))
        .orElse("");
  }
}

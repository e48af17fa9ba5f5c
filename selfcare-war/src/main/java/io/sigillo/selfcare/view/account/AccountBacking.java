package io.sigillo.selfcare.view.account;

import io.sigillo.identity.api.IdentityDirectory;
import io.sigillo.identity.api.IdentitySummary;
import io.sigillo.selfcare.tenant.CurrentTenant;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.util.Optional;

/** The account home: who is signed in and their identity on this tenant. */
@Named
@RequestScoped
public class AccountBacking {

  @Inject private SecurityContext security;
  @Inject private CurrentTenant tenant;
  @Inject private IdentityDirectory identities;

  private String username;
  private Optional<IdentitySummary> identity = Optional.empty();

  @PostConstruct
  void load() {
    Principal caller = security.getCallerPrincipal();
    username = caller == null ? "" : caller.getName();
    if (caller != null) {
      identity = identities.findByUsername(tenant.id(), username);
    }
  }

  public String getUsername() {
    return username;
  }

  public Optional<IdentitySummary> getIdentity() {
    return identity;
  }
}

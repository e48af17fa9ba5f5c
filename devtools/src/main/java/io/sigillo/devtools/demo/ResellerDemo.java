package io.sigillo.devtools.demo;

import io.sigillo.tenancy.api.LoginAccounts;
import io.sigillo.tenancy.api.LoginAccounts.PortalAccount;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/**
 * Demo data of the reseller features: a platform operator ({@code piattaforma.admin}) who opens the
 * platform console from any demo portal. Called by {@link DemoSeeder}.
 */
@ApplicationScoped
public class ResellerDemo {

  static final String PLATFORM_ADMIN = "piattaforma.admin";

  private static final Logger LOG = Logger.getLogger(ResellerDemo.class.getName());

  @Inject private LoginAccounts accounts;

  void seed(String password) {
    try {
      accounts.ensurePlatformAdmin(
          new PortalAccount(
              PLATFORM_ADMIN,
              "Paola",
              "Piattaforma",
              PLATFORM_ADMIN + "@sigillo.example",
              password.toCharArray()));
      LOG.info(() -> "demo platform operator " + PLATFORM_ADMIN + " ready (console: /platform/)");
    } catch (RuntimeException e) {
      // a Keycloak kept from before the realm file gave the service account view-realm
      LOG.warning(
          () ->
              "demo platform operator not created ("
                  + e.getMessage()
                  + "); start once with SIGILLO_KEYCLOAK_FRESH=1 to import the current realm");
    }
  }
}

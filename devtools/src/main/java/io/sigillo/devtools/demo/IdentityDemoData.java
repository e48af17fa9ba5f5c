package io.sigillo.devtools.demo;

import io.sigillo.core.error.SigilloException;
import io.sigillo.core.tenant.TenantId;
import io.sigillo.identity.api.IdentityDirectory;
import io.sigillo.identity.api.NewIdentity;
import io.sigillo.tenancy.api.LoginAccounts;
import io.sigillo.tenancy.api.LoginAccounts.PortalAccount;
import io.sigillo.tenancy.api.TenantView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Demo SPID identities with full personal data, two per demo tenant, for trying the level-2 flows
 * in a browser: neither has an OTP app yet, so the first level-2 sign-in is by SMS (shown on the
 * developer outbox) and "Associate" sets the app up. Idempotent like the rest of the demo data.
 */
@ApplicationScoped
public class IdentityDemoData {

  private static final Logger LOG = Logger.getLogger(IdentityDemoData.class.getName());

  private static final Map<String, List<Person>> PEOPLE =
      Map.of(
          "alpha",
          List.of(
              new Person(
                  "sara.esposito",
                  "Sara",
                  "Esposito",
                  "+393401112233",
                  "SPSSRA90A41F205K",
                  LocalDate.of(1990, 1, 1)),
              new Person(
                  "paolo.gallo",
                  "Paolo",
                  "Gallo",
                  "+393401112244",
                  "GLLPLA85M12H501N",
                  LocalDate.of(1985, 8, 12))),
          "beta",
          List.of(
              new Person(
                  "francesco.ricci",
                  "Francesco",
                  "Ricci",
                  "+393404445566",
                  "RCCFNC78D05L219V",
                  LocalDate.of(1978, 4, 5)),
              new Person(
                  "laura.marino",
                  "Laura",
                  "Marino",
                  "+393404445577",
                  "MRNLRA92T50A662N",
                  LocalDate.of(1992, 12, 10))));

  @Inject
  @ConfigProperty(name = "sigillo.demo.password", defaultValue = "Sigillo-Demo-2026")
  String password;

  @Inject private LoginAccounts accounts;
  @Inject private IdentityDirectory identities;

  /**
   * The demo identities of one demo tenant (none for another slug). A failure is logged and leaves
   * the rest of the demo data alone: these people are extras.
   */
  public void seed(TenantView tenant) {
    try {
      seedPeople(tenant);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "demo identities of " + tenant.id() + " not seeded", e);
    }
  }

  private void seedPeople(TenantView tenant) {
    TenantId id = tenant.id();
    for (Person person : PEOPLE.getOrDefault(id.value(), List.of())) {
      String email = person.username() + "@" + id.value() + ".example";
      accounts.ensure(
          tenant,
          new PortalAccount(
              person.username(),
              person.givenName(),
              person.surname(),
              email,
              password.toCharArray()),
          Set.of("user"));
      if (identities.findByUsername(id, person.username()).isPresent()) {
        continue;
      }
      try {
        identities.register(
            id,
            new NewIdentity(
                person.username(),
                person.givenName(),
                person.surname(),
                email,
                person.mobile(),
                person.codiceFiscale(),
                person.birthDate()));
      } catch (SigilloException e) {
        LOG.warning(
            () -> "demo identity " + person.username() + " not registered: " + e.code().code());
      }
    }
  }

  private record Person(
      String username,
      String givenName,
      String surname,
      String mobile,
      String codiceFiscale,
      LocalDate birthDate) {}
}

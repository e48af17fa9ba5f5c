package io.sigillo.devtools.demo;

import io.sigillo.core.error.CorrelationId;
import io.sigillo.core.error.SigilloException;
import io.sigillo.core.security.Roles;
import io.sigillo.core.tenant.TenantId;
import io.sigillo.devtools.relyingparty.RelyingPartyRegistration;
import io.sigillo.identity.api.IdentityDirectory;
import io.sigillo.identity.api.NewIdentity;
import io.sigillo.tenancy.api.Branding;
import io.sigillo.tenancy.api.LoginAccounts;
import io.sigillo.tenancy.api.LoginAccounts.PortalAccount;
import io.sigillo.tenancy.api.NewTenant;
import io.sigillo.tenancy.api.TenantAdministration;
import io.sigillo.tenancy.api.TenantView;
import io.sigillo.tenancy.api.Tenants;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Seeds two demo resellers, {@code alpha} and {@code beta}, on their own host names, each with its
 * own branding, people and an operator, and registers the demo relying party's client — only when
 * {@code sigillo.demo.enabled=true}. Idempotent: a restart finds what exists and completes what is
 * missing.
 */
@Singleton
@Startup
@DependsOn("DatabaseBootstrap")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
@DeclareRoles(Roles.SYSTEM)
// seeding is the platform's own work: the beans it calls see the system role, not "no caller"
@RunAs(Roles.SYSTEM)
public class DemoSeeder {

  private static final Logger LOG = Logger.getLogger(DemoSeeder.class.getName());

  @Inject
  @ConfigProperty(name = "sigillo.demo.enabled", defaultValue = "false")
  boolean enabled;

  @Inject
  @ConfigProperty(name = "sigillo.demo.domain", defaultValue = "localhost")
  String domain;

  @Inject
  @ConfigProperty(name = "sigillo.demo.password", defaultValue = "Sigillo-Demo-2026")
  String password;

  @Inject private Tenants registry;
  @Inject private TenantAdministration administration;
  @Inject private LoginAccounts accounts;
  @Inject private IdentityDirectory identities;
  @Inject private IdentityDemoData identityDemo;
  @Inject private ResellerDemo resellerDemo;
  @Inject private SignatureDemoData signatureDemo;
  @Inject private RelyingPartyRegistration relyingParty;

  /**
   * Runs outside any transaction: a singleton's lifecycle callback ignores the class-level
   * attribute, and one transaction spanning both tenants would be refused by the tenant binding
   * (and roll back everything seeded so far).
   */
  @PostConstruct
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void seed() {
    if (!enabled) {
      return;
    }
    try {
      seedTenant(
          "alpha",
          "Alpha Fiduciaria",
          new Branding("#0b5394", "#e69138", null, "assistenza@alpha.example", "+39 02 0000001"),
          List.of(
              new Person(
                  "mario.rossi",
                  "Mario",
                  "Rossi",
                  "+393331112233",
                  "RSSMRA85T10A562S",
                  LocalDate.of(1985, 12, 10)),
              new Person(
                  "giulia.bianchi",
                  "Giulia",
                  "Bianchi",
                  "+393331112244",
                  "BNCGLI92C45H501X",
                  LocalDate.of(1992, 3, 5)),
              Person.operator("operatore.alpha", "Ornella", "Operatrice")));
      seedTenant(
          "beta",
          "Beta Servizi Digitali",
          new Branding("#38761d", "#741b47", null, "help@beta.example", "+39 06 0000002"),
          List.of(
              new Person(
                  "luca.verdi",
                  "Luca",
                  "Verdi",
                  "+393334445566",
                  "VRDLCU75H20F704N",
                  LocalDate.of(1975, 6, 20)),
              new Person(
                  "anna.neri",
                  "Anna",
                  "Neri",
                  "+393334445577",
                  "NRENNA88S42H501R",
                  LocalDate.of(1988, 11, 2)),
              Person.operator("operatore.beta", "Bruno", "Operatore")));
      signatureDemo.seed();
      resellerDemo.seed(password);
    } catch (RuntimeException e) {
      LOG.log(Level.SEVERE, "demo data could not be seeded; is Keycloak running?", e);
    }
    try {
      relyingParty.ensure();
    } catch (RuntimeException e) {
      // the demo site registers itself again at its first login
      LOG.log(Level.WARNING, "demo relying party not registered in Keycloak", e);
    }
  }

  private void seedTenant(String slug, String name, Branding branding, List<Person> people) {
    TenantId id = TenantId.of(slug);
    String correlationId = CorrelationId.next();
    TenantView tenant =
        registry.find(id).isPresent()
            ? administration.provision(id, "demo-seeder", correlationId)
            : administration.create(
                new NewTenant(slug, name, List.of(slug + "." + domain), branding),
                "demo-seeder",
                correlationId);
    for (Person person : people) {
      String email = person.username() + "@" + slug + ".example";
      accounts.ensure(
          tenant,
          new PortalAccount(
              person.username(),
              person.givenName(),
              person.surname(),
              email,
              password.toCharArray()),
          person.operator() ? Set.of("user", "operator") : Set.of("user"));
      if (identities.findByUsername(id, person.username()).isEmpty()) {
        try {
          identities.register(
              id,
              new NewIdentity(
                  person.username(),
                  person.givenName(),
                  person.surname(),
                  email,
                  person.mobile(),
                  person.taxCode(),
                  person.birthDate()));
        } catch (SigilloException e) {
          LOG.warning(
              () -> "demo identity " + person.username() + " not registered: " + e.code().code());
        }
      }
    }
    identityDemo.seed(tenant);
    LOG.info(() -> "demo tenant " + slug + " ready at http://" + slug + "." + domain);
  }

  /**
   * A demo person; the holders' tax code and birth date are those of their remote signature, since
   * an order takes the holder data from the identity.
   */
  private record Person(
      String username,
      String givenName,
      String surname,
      String mobile,
      String taxCode,
      LocalDate birthDate,
      boolean operator) {

    Person(
        String username,
        String givenName,
        String surname,
        String mobile,
        String taxCode,
        LocalDate birthDate) {
      this(username, givenName, surname, mobile, taxCode, birthDate, false);
    }

    static Person operator(String username, String givenName, String surname) {
      return new Person(username, givenName, surname, null, null, null, true);
    }
  }
}

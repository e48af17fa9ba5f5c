package io.sigillo.identity.application;

import io.sigillo.core.audit.Actor;
import io.sigillo.core.error.SigilloException;
import io.sigillo.core.security.Roles;
import io.sigillo.core.tenant.TenantId;
import io.sigillo.identity.api.IdentityError;
import io.sigillo.identity.api.IdentityImport;
import io.sigillo.identity.api.IdentityImportProblem;
import io.sigillo.identity.api.IdentityImportReport;
import io.sigillo.identity.api.NewEnrolment;
import io.sigillo.identity.domain.Identity;
import io.sigillo.identity.domain.InvalidIdentityData;
import io.sigillo.identity.infrastructure.mail.IdentityMails;
import io.sigillo.identity.infrastructure.persistence.IdentityTenantBinding;
import io.sigillo.signature.api.HolderDataCheck;
import io.sigillo.tenancy.api.LoginAccounts;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The identity import of a migrating reseller: every line decided on its own (a refused line never
 * stops the others), the same decisions in the dry run and the commit.
 */
@Stateless
@Interceptors(IdentityTenantBinding.class)
@DeclareRoles({Roles.OPERATOR})
@RolesAllowed({Roles.OPERATOR})
public class IdentityImportBean implements IdentityImport {

  private static final int COLUMNS = HEADER.split(",").length;

  @PersistenceContext(unitName = "sigillo-identity")
  private EntityManager em;

  @Inject private Clock clock;
  @EJB private HolderDataCheck holderData;
  @Inject private LoginAccounts accounts;
  @Inject private IdentityMails mails;
  @Inject private IdentityAudit audit;

  @Override
  public IdentityImportReport importIdentities(
      TenantId tenant,
      byte[] csv,
      boolean commit,
      Locale locale,
      String senderName,
      String activationLink,
      Actor actor) {
    EnrolmentsBean.requireOperator(actor);
    List<String> lines = lines(csv);
    Instant now = clock.instant();
    List<IdentityImportProblem> problems = new ArrayList<>();
    Set<String> usernames = new HashSet<>();
    Set<String> taxCodes = new HashSet<>();
    int added = 0;
    int present = 0;
    for (int i = 1; i < lines.size(); i++) {
      int line = i + 1;
      String text = lines.get(i);
      if (text.isBlank()) {
        continue;
      }
      String[] f = text.split(",", -1);
      String username = f[0].strip().toLowerCase(Locale.ROOT);
      try {
        if (f.length != COLUMNS) {
          throw new SigilloException(IdentityError.IMPORT_LINE_MALFORMED, line);
        }
        NewEnrolment row = row(f);
        Identity identity = identity(row, now);
        requireAgrees(identity, row);
        String taxCode = identity.codiceFiscale().orElseThrow();
        if (!usernames.add(identity.username()) | !taxCodes.add(taxCode)) {
          throw new SigilloException(IdentityError.IMPORT_DUPLICATE_IN_FILE);
        }
        Optional<Identity> sameName = Identities.find(em, identity.username());
        Optional<Identity> sameTaxCode = byTaxCode(taxCode);
        if (sameName.isPresent()
            && sameTaxCode.isPresent()
            && sameName.get().id().equals(sameTaxCode.get().id())) {
          present++;
          continue;
        }
        if (sameName.isPresent()) {
          throw new SigilloException(IdentityError.USERNAME_TAKEN, identity.username());
        }
        if (sameTaxCode.isPresent()) {
          throw new SigilloException(IdentityError.CODICE_FISCALE_TAKEN);
        }
        if (commit) {
          // the login account first: someone else's username or address refuses this line only
          accounts.ensureCustomer(
              tenant,
              new LoginAccounts.PortalAccount(
                  identity.username(),
                  identity.givenName(),
                  identity.surname(),
                  identity.email(),
                  null));
          em.persist(identity);
          em.flush();
          EnrolmentsBean.sendActivation(
              em, mails, tenant, identity, locale, senderName, activationLink, now);
        }
        added++;
      } catch (SigilloException e) {
        problems.add(
            new IdentityImportProblem(
                line, username, e.code(), e.arguments().stream().map(String::valueOf).toList()));
      }
    }
    int rows = (int) lines.stream().skip(1).filter(l -> !l.isBlank()).count();
    IdentityImportReport report =
        new IdentityImportReport(commit, rows, added, present, problems.size(), problems);
    audit.recordForTenant(
        tenant,
        actor,
        commit ? "identity.import.committed" : "identity.import.checked",
        rows
            + " rows: "
            + added
            + " added, "
            + present
            + " present, "
            + problems.size()
            + " rejected");
    return report;
  }

  /** The file's lines, header first; a file without the header or too long is refused whole. */
  private static List<String> lines(byte[] csv) {
    if (csv == null || csv.length > MAX_BYTES) {
      throw new SigilloException(IdentityError.IMPORT_LINE_MALFORMED, 1);
    }
    String text = new String(csv, StandardCharsets.UTF_8);
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    List<String> lines = Arrays.asList(text.split("\r?\n", -1));
    if (lines.isEmpty()
        || !HEADER.equalsIgnoreCase(lines.get(0).replace(" ", "").strip())
        || lines.size() > MAX_ROWS + 2) {
      throw new SigilloException(IdentityError.IMPORT_LINE_MALFORMED, 1);
    }
    return lines;
  }

  private static NewEnrolment row(String[] f) {
    return new NewEnrolment(
        f[0].strip(),
        f[1].strip(),
        f[2].strip(),
        f[3].strip(),
        date(f[4]),
        f[5].strip(),
        f[6].strip(),
        f[7].strip(),
        f[8].strip(),
        f[9].strip(),
        null,
        null,
        null,
        null,
        null);
  }

  private static LocalDate date(String text) {
    try {
      return text.isBlank() ? null : LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      throw new SigilloException(IdentityError.INVALID_IDENTITY_DATA, "birthDate", "yyyy-mm-dd");
    }
  }

  private static Identity identity(NewEnrolment row, Instant now) {
    try {
      return Identity.migrate(
          row.username(),
          row.givenName(),
          row.surname(),
          row.email(),
          row.mobile(),
          row.codiceFiscale(),
          row.birthDate(),
          row.sex(),
          row.placeOfBirth(),
          row.provinceOfBirth(),
          now);
    } catch (InvalidIdentityData e) {
      throw e.refusal();
    }
  }

  private void requireAgrees(Identity identity, NewEnrolment row) {
    EnrolmentsBean.requireAgreesWithTaxCode(holderData, identity, row);
  }

  private Optional<Identity> byTaxCode(String taxCode) {
    return em.createNamedQuery("Identity.byCodiceFiscale", Identity.class)
        .setParameter("codiceFiscale", taxCode)
        .getResultStream()
        .findFirst();
  }
}

package io.sigillo.otp.application;

import io.sigillo.core.audit.Actor;
import io.sigillo.core.audit.AuditEvent;
import io.sigillo.core.audit.AuditLog;
import io.sigillo.core.audit.AuditSubject;
import io.sigillo.core.error.PlatformError;
import io.sigillo.core.error.SigilloException;
import io.sigillo.core.person.VerifiedPerson;
import io.sigillo.core.person.VerifiedPersons;
import io.sigillo.core.security.Roles;
import io.sigillo.core.tenant.TenantId;
import io.sigillo.otp.api.ClaimResult;
import io.sigillo.otp.api.DeviceStatus;
import io.sigillo.otp.api.ImportReport;
import io.sigillo.otp.api.OtpError;
import io.sigillo.otp.api.TokenClaim;
import io.sigillo.otp.api.TokenFile;
import io.sigillo.otp.api.TokenInventory;
import io.sigillo.otp.api.TokenState;
import io.sigillo.otp.api.TokenSummary;
import io.sigillo.otp.domain.OtpDevice;
import io.sigillo.otp.domain.inventory.CsvReader;
import io.sigillo.otp.domain.inventory.ImportPlan;
import io.sigillo.otp.domain.inventory.ImportedToken;
import io.sigillo.otp.domain.inventory.PskcReader;
import io.sigillo.otp.domain.inventory.TokenEntry;
import io.sigillo.otp.infrastructure.crypto.SecretVault;
import io.sigillo.otp.infrastructure.persistence.OtpTenantBinding;
import io.sigillo.otp.infrastructure.persistence.TokenStore;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Each tenant's token stock: imports carried out as their {@link ImportPlan} says, the inventory,
 * and the operator's state changes. Claims are {@link TokenClaims}' business.
 */
@Stateless
@Interceptors(OtpTenantBinding.class)
@DeclareRoles({Roles.USER, Roles.OPERATOR, Roles.PLATFORM_ADMIN, Roles.SERVICE, Roles.SYSTEM})
// the tenant's token stock: its operators and back ends
@RolesAllowed({Roles.OPERATOR, Roles.SERVICE, Roles.SYSTEM})
public class TokenInventoryBean implements TokenInventory {

  /** Tokens per file: a commit is one transaction, which must stay short. */
  public static final int MAX_ENTRIES = 20_000;

  private static final int MAX_LIMIT = 1_000;
  private static final int MAX_REASON = 500;

  @Inject private TokenStore store;
  @Inject private SecretVault vault;
  @Inject private TokenClaims claims;
  @Inject private OtpAudit audit;
  @Inject private AuditLog log;
  @Inject private RefusalAudit refusals;
  @Inject private Clock clock;
  @Inject private DeviceAccess access;
  @Inject private VerifiedPersons persons;

  @Override
  public ImportReport importTokens(TenantId tenant, TokenFile file, boolean commit, Actor actor) {
    access.staff(actor);
    if (file.content().length > TokenFile.MAX_BYTES) {
      throw new SigilloException(OtpError.TOKEN_FILE_TOO_LARGE, "16 MiB");
    }
    List<TokenEntry> entries = read(tenant, file, commit, actor);
    Map<String, OtpDevice> known =
        store.bySerials(
            entries.stream()
                .filter(ImportedToken.class::isInstance)
                .map(e -> ((ImportedToken) e).serial())
                .distinct()
                .toList());
    ImportPlan plan =
        ImportPlan.of(
            entries,
            token ->
                Optional.ofNullable(known.get(token.serial()))
                    .map(device -> existing(tenant, device, token)));
    if (commit) {
      apply(tenant, plan, file, actor);
    }
    log.record(
        new AuditEvent(
            Optional.of(tenant),
            actor.name(),
            commit ? "otp.tokens.imported" : "otp.tokens.import-checked",
            AuditSubject.of(AuditSubject.Kind.OTP_TOKEN_IMPORT),
            file.format() + (commit ? " committed: " : " dry run: ") + plan.figures(),
            actor.correlationId(),
            clock.instant()));
    return plan.report(file.format(), commit);
  }

  /** The file's entries; a file refused as a whole is audited before the refusal rolls back. */
  private List<TokenEntry> read(TenantId tenant, TokenFile file, boolean commit, Actor actor) {
    try {
      return switch (file.format()) {
        case PSKC -> PskcReader.read(file.content(), file.transportKey(), MAX_ENTRIES);
        case CSV -> CsvReader.read(file.content(), MAX_ENTRIES);
      };
    } catch (SigilloException e) {
      refusals.record(
          new AuditEvent(
              Optional.of(tenant),
              actor.name(),
              "otp.tokens.import-refused",
              AuditSubject.of(AuditSubject.Kind.OTP_TOKEN_IMPORT),
              file.format() + (commit ? " commit" : " dry run") + " refused: " + e.code().code(),
              actor.correlationId(),
              clock.instant()));
      throw e;
    }
  }

  private ImportPlan.Existing existing(TenantId tenant, OtpDevice device, ImportedToken token) {
    boolean same =
        device.type() == token.type()
            && device.parameters().equals(token.parameters())
            && vault.open(device.secretData(), tenant, device.id()).equals(token.secret());
    return new ImportPlan.Existing(
        device.id(),
        same,
        device.status() == DeviceStatus.AVAILABLE,
        device.hotpState().nextCounter());
  }

  /**
   * The sequence gives each id on persist and the seed is sealed for it before the flush, as for
   * any device; the rows of origin follow once the devices exist.
   */
  private void apply(TenantId tenant, ImportPlan plan, TokenFile file, Actor actor) {
    Instant now = clock.instant();
    List<OtpDevice> added = new ArrayList<>(plan.toAdd().size());
    for (ImportedToken token : plan.toAdd()) {
      OtpDevice device =
          OtpDevice.inStock(
              token.type(), token.serial(), token.parameters(), token.nextCounter(), now);
      store.persist(device);
      device.storeSecret(vault.currentKeyId(), vault.seal(token.secret(), tenant, device.id()));
      added.add(device);
    }
    store.flushNewTokens();
    for (int i = 0; i < added.size(); i++) {
      ImportedToken token = plan.toAdd().get(i);
      store.recordOrigin(
          tenant,
          added.get(i).id(),
          token.manufacturer(),
          token.model(),
          file.format().name(),
          actor.name(),
          now);
    }
    for (ImportPlan.Advance advance : plan.toAdvance()) {
      store.advanceInStock(tenant, advance.deviceId(), advance.nextCounter());
    }
  }

  @Override
  public List<TokenSummary> tokens(TenantId tenant, Optional<TokenState> state, int limit) {
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new SigilloException(PlatformError.VALIDATION, "limit", "1..1000");
    }
    return store.list(tenant, state, limit);
  }

  @Override
  public Optional<TokenSummary> find(TenantId tenant, String serial) {
    return store.find(tenant, serial(serial));
  }

  // a holder claims the token in their hands
  @RolesAllowed({Roles.USER, Roles.OPERATOR, Roles.SERVICE, Roles.SYSTEM})
  @Override
  public ClaimResult claim(TenantId tenant, TokenClaim claim, Actor actor) {
    return claims.claim(tenant, claim, actor);
  }

  @Override
  public TokenSummary assign(TenantId tenant, String serial, String owner, Actor actor) {
    access.staff(actor);
    String typed = TokenClaims.owner(owner);
    OtpDevice device = token(serial);
    if (device.status() != DeviceStatus.AVAILABLE) {
      throw new SigilloException(OtpError.TOKEN_NOT_AVAILABLE, device.serial().orElseThrow());
    }
    String holder = person(tenant, typed);
    if (!store.assign(tenant, device.id(), holder)) {
      throw new SigilloException(OtpError.TOKEN_NOT_AVAILABLE, device.serial().orElseThrow());
    }
    audit.device(tenant, actor, "otp.token.assigned", device.id(), "ASSIGNED to " + holder);
    return store.find(tenant, device.serial().orElseThrow()).orElseThrow();
  }

  /**
   * The owner of an assignment is a person of the tenant: an identity in force, by its username as
   * the identity module keeps it. A token reserved for a typo or for another reseller's customer
   * would leave stock for nobody, and only that person's claim may take it. The registry has no
   * people of its own; the identity module answers through the platform's {@link VerifiedPersons}
   * port, filtered by tenant like every identity query.
   */
  private String person(TenantId tenant, String username) {
    return persons
        .find(tenant, username)
        .map(VerifiedPerson::username)
        .orElseThrow(() -> new SigilloException(OtpError.TOKEN_OWNER_UNKNOWN, username));
  }

  @Override
  public TokenSummary unassign(TenantId tenant, String serial, String owner, Actor actor) {
    access.staff(actor);
    String holder = TokenClaims.owner(owner);
    OtpDevice device = token(serial);
    if (!store.unassign(tenant, device.id(), holder)) {
      throw new SigilloException(OtpError.TOKEN_NOT_ASSIGNED, device.serial().orElseThrow());
    }
    audit.device(tenant, actor, "otp.token.unassigned", device.id(), "AVAILABLE, was " + holder);
    return store.find(tenant, device.serial().orElseThrow()).orElseThrow();
  }

  @Override
  public List<TokenSummary> search(
      TenantId tenant, String fragment, Optional<TokenState> state, int limit, Actor actor) {
    access.staff(actor);
    String text = fragment == null ? "" : fragment.strip();
    if (text.length() < 2 || text.length() > ImportedToken.MAX_SERIAL) {
      throw new SigilloException(PlatformError.VALIDATION, "serial", "2..64 characters");
    }
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new SigilloException(PlatformError.VALIDATION, "limit", "1..1000");
    }
    return store.search(tenant, text, state, limit);
  }

  // the holder sees the token waiting for them, to claim it with its codes
  @RolesAllowed({Roles.USER, Roles.OPERATOR, Roles.SERVICE, Roles.SYSTEM})
  @Override
  public List<TokenSummary> assignedTo(TenantId tenant, String owner) {
    return store.assignedTo(tenant, TokenClaims.owner(owner));
  }

  @Override
  public TokenSummary retire(TenantId tenant, String serial, String reason, Actor actor) {
    access.staff(actor);
    String why = reason == null ? "" : reason.strip();
    if (why.length() > MAX_REASON) {
      throw new SigilloException(PlatformError.VALIDATION, "reason", "at most 500 characters");
    }
    OtpDevice device = token(serial);
    if (!store.retire(tenant, device.id())) {
      throw new SigilloException(OtpError.TOKEN_NOT_AVAILABLE, device.serial().orElseThrow());
    }
    audit.device(tenant, actor, "otp.token.retired", device.id(), why);
    return store.find(tenant, device.serial().orElseThrow()).orElseThrow();
  }

  /** For operators, who may know which serials exist: an unknown one is simply not found. */
  private OtpDevice token(String serial) {
    return store
        .bySerial(serial(serial))
        .orElseThrow(() -> new SigilloException(OtpError.DEVICE_NOT_FOUND));
  }

  static String serial(String serial) {
    String value = serial == null ? "" : serial.strip();
    if (value.isEmpty() || value.length() > ImportedToken.MAX_SERIAL) {
      throw new SigilloException(PlatformError.VALIDATION, "serial", "1..64 characters");
    }
    return value;
  }
}

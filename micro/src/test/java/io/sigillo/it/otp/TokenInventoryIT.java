package io.sigillo.it.otp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sigillo.core.audit.Actor;
import io.sigillo.core.audit.AuditEvent;
import io.sigillo.core.audit.AuditLog;
import io.sigillo.core.error.SigilloException;
import io.sigillo.core.security.Assurance;
import io.sigillo.core.tenant.TenantId;
import io.sigillo.identity.api.IdentityDirectory;
import io.sigillo.identity.api.NewIdentity;
import io.sigillo.it.Deployments;
import io.sigillo.it.support.ActsAsPlatform;
import io.sigillo.it.support.OtpApp;
import io.sigillo.otp.api.ClaimResult;
import io.sigillo.otp.api.ClaimStatus;
import io.sigillo.otp.api.DeviceStatus;
import io.sigillo.otp.api.DeviceSummary;
import io.sigillo.otp.api.ImportProblem;
import io.sigillo.otp.api.ImportReport;
import io.sigillo.otp.api.OtpError;
import io.sigillo.otp.api.OtpPolicies;
import io.sigillo.otp.api.OtpRegistry;
import io.sigillo.otp.api.PolicySettings;
import io.sigillo.otp.api.Purpose;
import io.sigillo.otp.api.PurposeSettings;
import io.sigillo.otp.api.RejectionReason;
import io.sigillo.otp.api.TokenClaim;
import io.sigillo.otp.api.TokenFile;
import io.sigillo.otp.api.TokenFileFormat;
import io.sigillo.otp.api.TokenInventory;
import io.sigillo.otp.api.TokenState;
import io.sigillo.otp.api.TokenSummary;
import io.sigillo.otp.api.ValidationRequest;
import io.sigillo.otp.api.ValidationResult;
import io.sigillo.otp.api.ValidationStatus;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Future;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The token inventory in the container against PostgreSQL: an encrypted PSKC file is checked,
 * committed, claimed with codes a token would show (java-otp, through {@link OtpApp}) and
 * validated; re-imports are idempotent and never rewind a counter; a wrong MAC or key stores
 * nothing; claims are refused alike whatever the reason and count against the claimant; and one
 * tenant's stock is invisible and unclaimable from another.
 */
@ExtendWith({ArquillianExtension.class, ActsAsPlatform.class})
class TokenInventoryIT {

  /** RFC 4226 appendix D's secret "12345678901234567890" in Base32, and as bytes. */
  private static final String SEED_BASE32 = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";

  private static final byte[] SEED = OtpApp.base32(SEED_BASE32);
  private static final byte[] TRANSPORT_KEY =
      HexFormat.of().parseHex("000102030405060708090a0b0c0d0e0f");
  private static final String TRANSPORT_KEY_HEX = "000102030405060708090a0b0c0d0e0f";
  private static final Actor OPERATOR = Actor.system("it-operator");

  @Deployment
  static WebArchive deployment() {
    // one archive for every in-container class: they share one Micro (Deployments.inContainer)
    return Deployments.inContainer();
  }

  @Inject private TokenInventory inventory;
  @Inject private OtpRegistry registry;
  @Inject private OtpPolicies policies;
  @Inject private AuditLog audit;
  @Inject private IdentityDirectory identities;

  @Resource private ManagedExecutorService executor;

  private final OtpApp token = OtpApp.fromBase32(SEED_BASE32);

  private static TenantId freshTenant(String prefix) {
    return TenantId.of(prefix + "-" + UUID.randomUUID().toString().substring(0, 8));
  }

  private static String serial(String name) {
    return name + "-" + UUID.randomUUID().toString().substring(0, 8);
  }

  private static TokenFile pskc(List<PskcFiles.Entry> entries) {
    return new TokenFile(
        TokenFileFormat.PSKC,
        PskcFiles.bytes(PskcFiles.encrypted(TRANSPORT_KEY, entries, false)),
        Optional.of(TRANSPORT_KEY_HEX));
  }

  private ImportReport importFile(TenantId tenant, TokenFile file, boolean commit) {
    return inventory.importTokens(tenant, file, commit, OPERATOR);
  }

  private ClaimResult claim(TenantId tenant, String owner, String serial, String... codes) {
    return inventory.claim(
        tenant,
        new TokenClaim(owner, serial, List.of(codes)),
        Actor.person(owner, "it", Assurance.LEVEL_1));
  }

  private ValidationResult validate(TenantId tenant, long id, String code) {
    return registry.validate(tenant, ValidationRequest.forDevice(id, Purpose.SIGN, code), OPERATOR);
  }

  @Test
  void anEncryptedFileIsCheckedThenCommittedThenATokenPressedAFewTimesIsClaimedAndValidates() {
    TenantId tenant = freshTenant("inv");
    String a = serial("A");
    String b = serial("B");
    TokenFile file =
        pskc(
            List.of(
                PskcFiles.Entry.hotp(a, SEED, 0),
                PskcFiles.Entry.hotp(b, SEED, 0),
                PskcFiles.Entry.hotp(a, SEED, 0),
                new PskcFiles.Entry(serial("PIN"), SEED, 0, "pin")));

    ImportReport dryRun = importFile(tenant, file, false);
    assertEquals(
        List.of(false, 4, 2, 0, 1, 1),
        List.of(
            dryRun.committed(),
            dryRun.entries(),
            dryRun.added(),
            dryRun.alreadyPresent(),
            dryRun.duplicatesInFile(),
            dryRun.rejected()));
    assertEquals(
        List.of(ImportProblem.Reason.DUPLICATE, ImportProblem.Reason.ALGORITHM_UNSUPPORTED),
        dryRun.problems().stream().map(ImportProblem::reason).toList());
    assertEquals(3, dryRun.problems().get(0).position());
    assertTrue(
        inventory.tokens(tenant, Optional.empty(), 100).isEmpty(), "a dry run stores nothing");

    ImportReport committed = importFile(tenant, file, true);
    assertTrue(committed.committed());
    assertEquals(
        List.of(4, 2, 1, 1),
        List.of(
            committed.entries(),
            committed.added(),
            committed.duplicatesInFile(),
            committed.rejected()));
    List<TokenSummary> stock = inventory.tokens(tenant, Optional.of(TokenState.AVAILABLE), 100);
    assertEquals(2, stock.size());
    TokenSummary stocked = inventory.find(tenant, a).orElseThrow();
    assertEquals(TokenState.AVAILABLE, stocked.state());
    assertEquals(Optional.empty(), stocked.owner());
    assertEquals(Optional.of("Sigillo Test Tokens"), stocked.manufacturer());
    assertEquals(Optional.of("ST-6"), stocked.model());
    assertEquals(
        ValidationStatus.NOT_ACTIVE,
        validate(tenant, stocked.deviceId(), token.hotp(0)).status(),
        "a token in stock validates nothing");

    List<AuditEvent> imports =
        audit.recent(tenant, 50).stream()
            .filter(e -> e.action().startsWith("otp.tokens."))
            .toList();
    assertEquals(2, imports.size());
    assertTrue(imports.stream().allMatch(e -> e.actor().equals("it-operator")));
    assertTrue(imports.get(0).detail().contains("2 new"), imports.get(0).detail());
    assertTrue(
        audit.recent(tenant, 50).stream()
            .noneMatch(
                e ->
                    e.detail().contains(SEED_BASE32)
                        || e.detail().contains("12345678901234567890")
                        || e.detail().contains(HexFormat.of().formatHex(SEED))));

    // the token was pressed three times in the drawer: the claim still finds it
    ClaimResult claimed = claim(tenant, "anna.neri", a, token.hotp(3), token.hotp(4));
    assertEquals(ClaimStatus.CLAIMED, claimed.status());
    long id = claimed.deviceId().orElseThrow();
    DeviceSummary device = registry.find(tenant, id).orElseThrow();
    assertEquals(DeviceStatus.ACTIVE, device.status());
    assertEquals("anna.neri", device.owner());
    assertEquals(TokenState.ACTIVE, inventory.find(tenant, a).orElseThrow().state());
    assertEquals(
        List.of(id),
        registry.devicesOf(tenant, "anna.neri").stream().map(DeviceSummary::id).toList());
    assertEquals(ValidationStatus.ACCEPTED, validate(tenant, id, token.hotp(5)).status());
  }

  @Test
  void reImportIsIdempotentNeverRewindsAUsedCounterAndMovesOnlyAStockedOneForward() {
    TenantId tenant = freshTenant("reimp");
    String used = serial("USED");
    String stocked = serial("STOCK");
    importFile(
        tenant,
        pskc(List.of(PskcFiles.Entry.hotp(used, SEED, 0), PskcFiles.Entry.hotp(stocked, SEED, 0))),
        true);
    long id =
        claim(tenant, "anna.neri", used, token.hotp(0), token.hotp(1)).deviceId().orElseThrow();
    assertEquals(ValidationStatus.ACCEPTED, validate(tenant, id, token.hotp(2)).status());

    ImportReport again =
        importFile(
            tenant,
            pskc(
                List.of(
                    PskcFiles.Entry.hotp(used, SEED, 0), PskcFiles.Entry.hotp(stocked, SEED, 0))),
            true);
    assertEquals(
        List.of(0, 2, 0), List.of(again.added(), again.alreadyPresent(), again.counterAdvanced()));
    ValidationResult replay = validate(tenant, id, token.hotp(2));
    assertEquals(ValidationStatus.REJECTED, replay.status());
    assertEquals(
        Optional.of(RejectionReason.REPLAYED), replay.reason(), "the counter was not rewound");

    ImportReport ahead =
        importFile(
            tenant,
            pskc(
                List.of(
                    PskcFiles.Entry.hotp(used, SEED, 50), PskcFiles.Entry.hotp(stocked, SEED, 50))),
            true);
    assertEquals(
        List.of(0, 2, 1), List.of(ahead.added(), ahead.alreadyPresent(), ahead.counterAdvanced()));
    assertEquals(
        ValidationStatus.ACCEPTED,
        validate(tenant, id, token.hotp(3)).status(),
        "a used token's counter is the registry's alone");
    assertEquals(
        ClaimStatus.REFUSED,
        claim(tenant, "bruno.verdi", stocked, token.hotp(0), token.hotp(1)).status());
    assertEquals(
        ClaimStatus.CLAIMED,
        claim(tenant, "bruno.verdi", stocked, token.hotp(50), token.hotp(51)).status());

    ImportReport otherSeed =
        importFile(tenant, pskc(List.of(PskcFiles.Entry.hotp(stocked, new byte[20], 0))), false);
    assertEquals(
        List.of(ImportProblem.Reason.SERIAL_TAKEN),
        otherSeed.problems().stream().map(ImportProblem::reason).toList());
  }

  @Test
  void aWrongMacOrAWrongKeyRefusesTheWholeFileAndStoresNothing() {
    TenantId tenant = freshTenant("mac");
    List<PskcFiles.Entry> entries =
        List.of(
            PskcFiles.Entry.hotp(serial("M"), SEED, 0), PskcFiles.Entry.hotp(serial("N"), SEED, 0));
    TokenFile badMac =
        new TokenFile(
            TokenFileFormat.PSKC,
            PskcFiles.bytes(PskcFiles.encrypted(TRANSPORT_KEY, entries, true)),
            Optional.of(TRANSPORT_KEY_HEX));
    TokenFile wrongKey =
        new TokenFile(
            TokenFileFormat.PSKC,
            pskc(entries).content(),
            Optional.of("ffffffffffffffffffffffffffffffff"));

    SigilloException mac =
        assertThrows(SigilloException.class, () -> importFile(tenant, badMac, true));
    SigilloException key =
        assertThrows(SigilloException.class, () -> importFile(tenant, wrongKey, true));
    SigilloException none =
        assertThrows(
            SigilloException.class,
            () ->
                importFile(
                    tenant,
                    new TokenFile(TokenFileFormat.PSKC, wrongKey.content(), Optional.empty()),
                    true));

    assertEquals(OtpError.TOKEN_FILE_INTEGRITY, mac.code());
    assertEquals(OtpError.TOKEN_FILE_INTEGRITY, key.code());
    assertEquals(OtpError.TOKEN_FILE_KEY_REQUIRED, none.code());
    assertTrue(inventory.tokens(tenant, Optional.empty(), 100).isEmpty());
    assertEquals(
        List.of(
            "PSKC commit refused: OTP-031",
            "PSKC commit refused: OTP-032",
            "PSKC commit refused: OTP-032"),
        audit.recent(tenant, 10).stream()
            .filter(e -> e.action().equals("otp.tokens.import-refused"))
            .map(AuditEvent::detail)
            .toList(),
        "each refusal is audited although its transaction rolled back");
  }

  @Test
  void simultaneousImportsOfOneNewSerialStoreItOnceAndTheLoserGetsACataloguedConflict()
      throws Exception {
    TenantId tenant = freshTenant("race");
    TokenFile file = pskc(List.of(PskcFiles.Entry.hotp(serial("R"), SEED, 0)));
    List<Callable<String>> imports = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      imports.add(
          () -> {
            try {
              return "added " + importFile(tenant, file, true).added();
            } catch (SigilloException e) {
              return e.code().code();
            }
          });
    }

    List<String> outcomes = new ArrayList<>();
    for (Future<String> outcome : executor.invokeAll(imports)) {
      outcomes.add(outcome.get());
    }

    assertEquals(1L, outcomes.stream().filter("added 1"::equals).count(), outcomes.toString());
    assertTrue(
        outcomes.stream()
            .allMatch(o -> o.equals("added 1") || o.equals("added 0") || o.equals("OTP-038")),
        outcomes.toString());
    assertEquals(1, inventory.tokens(tenant, Optional.empty(), 100).size());
  }

  @Test
  void refusalsLookAlikeWhateverTheReasonAndEnoughOfThemBlockTheClaimant() {
    TenantId tenant = freshTenant("claim");
    policies.update(
        tenant,
        new PolicySettings(
            new PurposeSettings(1, 10, 5, 5, 3),
            new PurposeSettings(1, 10, 4, 0, 3),
            2,
            600,
            1000,
            120,
            10000),
        OPERATOR);
    String owned = serial("OWNED");
    String free = serial("FREE");
    importFile(
        tenant,
        pskc(List.of(PskcFiles.Entry.hotp(owned, SEED, 0), PskcFiles.Entry.hotp(free, SEED, 0))),
        true);
    assertTrue(claim(tenant, "anna.neri", owned, token.hotp(0), token.hotp(1)).claimed());

    ClaimResult unknown = claim(tenant, "mallory", serial("NOPE"), token.hotp(2), token.hotp(3));
    ClaimResult someoneElses = claim(tenant, "mallory", owned, token.hotp(2), token.hotp(3));
    ClaimResult wrongCodes = claim(tenant, "mallory", free, "000000", "111111");

    for (ClaimResult refused : List.of(unknown, someoneElses, wrongCodes)) {
      assertEquals(ClaimStatus.REFUSED, refused.status());
      assertEquals(Optional.empty(), refused.deviceId());
    }
    assertEquals(
        List.of(3, 2, 1),
        List.of(
            unknown.remainingAttempts(),
            someoneElses.remainingAttempts(),
            wrongCodes.remainingAttempts()));
    assertEquals(
        TokenState.AVAILABLE,
        inventory.find(tenant, free).orElseThrow().state(),
        "wrong codes change nothing");

    assertEquals(ClaimStatus.REFUSED, claim(tenant, "mallory", free, "222222", "333333").status());
    ClaimResult blocked = claim(tenant, "mallory", free, token.hotp(0), token.hotp(1));
    assertEquals(ClaimStatus.BLOCKED, blocked.status(), "even the right codes, once blocked");
    assertEquals(TokenState.AVAILABLE, inventory.find(tenant, free).orElseThrow().state());
    assertEquals(
        ClaimStatus.CLAIMED,
        claim(tenant, "bruno.verdi", free, token.hotp(0), token.hotp(1)).status());
  }

  /**
   * An attacker who sends many claims at once must not get more guesses than the threshold: each
   * claim reads the failures of the claimant, so simultaneous ones would all read "none yet" and
   * all be tried.
   */
  @Test
  void simultaneousWrongClaimsGetNoMoreGuessesThanTheThreshold() throws Exception {
    TenantId tenant = freshTenant("burst");
    policies.update(
        tenant,
        new PolicySettings(
            new PurposeSettings(1, 10, 5, 5, 3),
            new PurposeSettings(1, 10, 3, 0, 3),
            2,
            600,
            1000,
            120,
            10000),
        OPERATOR);
    String free = serial("BURST");
    importFile(tenant, pskc(List.of(PskcFiles.Entry.hotp(free, SEED, 0))), true);
    List<Callable<ClaimStatus>> claims = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      String first = String.format("%06d", 100_000 + i);
      claims.add(() -> claim(tenant, "mallory", free, first, "999999").status());
    }

    List<ClaimStatus> answers = new ArrayList<>();
    for (Future<ClaimStatus> answer : executor.invokeAll(claims)) {
      answers.add(answer.get());
    }

    assertEquals(
        3L, answers.stream().filter(ClaimStatus.REFUSED::equals).count(), answers.toString());
    assertEquals(
        9L, answers.stream().filter(ClaimStatus.BLOCKED::equals).count(), answers.toString());
  }

  @Test
  void anotherTenantCannotSeeOrClaimATenantsTokensAndKeepsItsOwnStock() {
    TenantId alpha = freshTenant("alpha");
    TenantId beta = freshTenant("beta");
    String shared = serial("X");
    importFile(alpha, pskc(List.of(PskcFiles.Entry.hotp(shared, SEED, 0))), true);

    assertTrue(inventory.tokens(beta, Optional.empty(), 100).isEmpty());
    assertEquals(Optional.empty(), inventory.find(beta, shared));
    assertEquals(
        ClaimStatus.REFUSED, claim(beta, "eve", shared, token.hotp(0), token.hotp(1)).status());
    assertEquals(TokenState.AVAILABLE, inventory.find(alpha, shared).orElseThrow().state());

    ImportReport own = importFile(beta, pskc(List.of(PskcFiles.Entry.hotp(shared, SEED, 0))), true);
    assertEquals(1, own.added(), "serials are unique per tenant, not across tenants");
    assertTrue(claim(alpha, "anna.neri", shared, token.hotp(0), token.hotp(1)).claimed());
    assertEquals(TokenState.AVAILABLE, inventory.find(beta, shared).orElseThrow().state());
  }

  @Test
  void anOperatorAssignsATokenWhichTheFirstCodeActivatesOrRetiresOneOutOfStock() {
    TenantId tenant = freshTenant("assign");
    String given = serial("G");
    String broken = serial("R");
    importFile(
        tenant,
        pskc(List.of(PskcFiles.Entry.hotp(given, SEED, 0), PskcFiles.Entry.hotp(broken, SEED, 0))),
        true);

    // nobody of the tenant is called so: nothing is reserved for a name that is no person
    SigilloException nobody =
        assertThrows(
            SigilloException.class,
            () -> inventory.assign(tenant, given, "carla.bianchi", OPERATOR));
    assertEquals(OtpError.TOKEN_OWNER_UNKNOWN, nobody.code());
    assertEquals(TokenState.AVAILABLE, inventory.find(tenant, given).orElseThrow().state());
    String mobile = "+39347" + (1_000_000 + new java.security.SecureRandom().nextInt(8_999_999));
    identities.register(
        tenant,
        new NewIdentity(
            "carla.bianchi", "Carla", "Bianchi", "carla@" + tenant.value() + ".example", mobile));

    TokenSummary assigned = inventory.assign(tenant, given, "carla.bianchi", OPERATOR);
    assertEquals(TokenState.ASSIGNED, assigned.state());
    assertEquals(Optional.of("carla.bianchi"), assigned.owner());
    assertEquals(
        ValidationStatus.ACCEPTED,
        registry.confirm(tenant, assigned.deviceId(), token.hotp(0), OPERATOR).status());
    assertEquals(TokenState.ACTIVE, inventory.find(tenant, given).orElseThrow().state());

    assertEquals(
        TokenState.RETIRED, inventory.retire(tenant, broken, "display broken", OPERATOR).state());
    assertEquals(
        ClaimStatus.REFUSED,
        claim(tenant, "carla.bianchi", broken, token.hotp(0), token.hotp(1)).status());
    SigilloException again =
        assertThrows(SigilloException.class, () -> inventory.assign(tenant, broken, "x", OPERATOR));
    assertEquals(OtpError.TOKEN_NOT_AVAILABLE, again.code());
    assertFalse(inventory.tokens(tenant, Optional.of(TokenState.RETIRED), 10).isEmpty());
  }
}

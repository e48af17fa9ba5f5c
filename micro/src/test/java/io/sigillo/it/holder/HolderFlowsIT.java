package io.sigillo.it.holder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.sigillo.core.audit.Actor;
import io.sigillo.core.error.ErrorCatalogue;
import io.sigillo.core.error.SigilloException;
import io.sigillo.core.security.Assurance;
import io.sigillo.core.tenant.TenantId;
import io.sigillo.core.time.PlatformClock;
import io.sigillo.identity.api.CodeSent;
import io.sigillo.identity.api.IdentityCredentials;
import io.sigillo.identity.api.IdentityDirectory;
import io.sigillo.identity.api.IdentityLifecycle;
import io.sigillo.identity.api.NewApp;
import io.sigillo.identity.api.NewIdentity;
import io.sigillo.identity.api.ReconfigureStep;
import io.sigillo.identity.api.SecondFactorOutcome;
import io.sigillo.it.Deployments;
import io.sigillo.it.support.ActsAsPlatform;
import io.sigillo.it.support.OtpApp;
import io.sigillo.it.support.Pdfs;
import io.sigillo.it.support.Smsc;
import io.sigillo.it.support.WithSmsc;
import io.sigillo.otp.api.ClaimResult;
import io.sigillo.otp.api.DeviceStatus;
import io.sigillo.otp.api.OtpError;
import io.sigillo.otp.api.OtpPolicies;
import io.sigillo.otp.api.OtpRegistry;
import io.sigillo.otp.api.PolicySettings;
import io.sigillo.otp.api.PurposeSettings;
import io.sigillo.otp.api.TokenClaim;
import io.sigillo.otp.api.TokenFile;
import io.sigillo.otp.api.TokenFileFormat;
import io.sigillo.otp.api.TokenInventory;
import io.sigillo.signature.api.CertificateSummary;
import io.sigillo.signature.api.ContactChangeStarted;
import io.sigillo.signature.api.ContactChanges;
import io.sigillo.signature.api.ContactKind;
import io.sigillo.signature.api.DeviceReplacementStarted;
import io.sigillo.signature.api.DeviceReplacements;
import io.sigillo.signature.api.DocumentValidation;
import io.sigillo.signature.api.HolderData;
import io.sigillo.signature.api.HolderDataInconsistentException;
import io.sigillo.signature.api.HolderField;
import io.sigillo.signature.api.HolderImport;
import io.sigillo.signature.api.HolderOrder;
import io.sigillo.signature.api.HolderSummary;
import io.sigillo.signature.api.Holders;
import io.sigillo.signature.api.RemoteSigning;
import io.sigillo.signature.api.Renewals;
import io.sigillo.signature.api.Sex;
import io.sigillo.signature.api.SignatureDevice;
import io.sigillo.signature.api.SignatureDeviceChange;
import io.sigillo.signature.api.SignatureDeviceResync;
import io.sigillo.signature.api.SignatureError;
import io.sigillo.signature.api.SignatureValidation;
import io.sigillo.signature.application.certificate.CertificateLifecycle;
import io.sigillo.signature.domain.TaxCodeEncoding;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;

/**
 * The holder flows that need the platform clock moved or an SMS read, in the server: renewal from
 * its window with a new key, and each renewal error as its own branch with its way out (token out
 * of sync → resynchronise or unlock; holder data inconsistent → correct them; contact used by
 * another holder → change the mobile with an SMS code and an OTP), the password lockout, and the
 * SMS code of a mobile change: wrong, expired, right.
 */
@ExtendWith({ArquillianExtension.class, ActsAsPlatform.class})
class HolderFlowsIT extends WithSmsc {

  private static final String PASSWORD = "Firma-Remota-2026";
  private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();
  private static final String SEED = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";
  private static final OtpApp TOKEN = OtpApp.fromBase32(SEED);
  private static final HolderData ANNA =
      new HolderData(
          "Bianchi",
          "Anna",
          Sex.FEMALE,
          LocalDate.of(1990, 3, 5),
          "Roma",
          "RM",
          "BNCNNA90C45H501K");

  /** Giuseppe Verdi's data as an earlier system kept them: the province typed as the place. */
  private static final HolderData GIUSEPPE_AS_IMPORTED =
      new HolderData(
          "Verdi",
          "Giuseppe",
          Sex.MALE,
          LocalDate.of(1960, 6, 20),
          "Monza e della Brianza",
          "MB",
          "VRDGPP60H20F704U");

  private static final HolderData GIUSEPPE =
      new HolderData(
          "Verdi",
          "Giuseppe",
          Sex.MALE,
          LocalDate.of(1960, 6, 20),
          "Monza",
          "MB",
          "VRDGPP60H20F704U");

  @Deployment
  static WebArchive deployment() {
    // one archive for every in-container class: they share one Micro (Deployments.inContainer)
    return Deployments.inContainer();
  }

  @Inject private Holders holders;
  @Inject private Renewals renewals;
  @Inject private ContactChanges changes;
  @Inject private SignatureDevice device;
  @Inject private TokenInventory inventory;
  @Inject private OtpRegistry registry;
  @Inject private OtpPolicies policies;
  @Inject private CertificateLifecycle certificates;
  @Inject private DocumentValidation validator;
  @Inject private PlatformClock clock;
  @Inject private io.sigillo.devtools.demo.SignatureDemoData demo;
  @Inject private IdentityDirectory identities;
  @Inject private IdentityCredentials credentials;
  @Inject private IdentityLifecycle lifecycle;
  @Inject private RemoteSigning signing;
  @Inject private DeviceReplacements replacements;

  @AfterEach
  void resetTime() {
    clock.reset();
  }

  @Test
  void renewalOpensInItsWindowSignsTheFormAndIssuesACertificateWithANewKey() throws Exception {
    TenantId tenant = tenant("hren");
    String fresh = "appena.ordinato";
    ordered(tenant, fresh, mobile(), email());
    SigilloException early = refused(() -> renew(tenant, fresh, 2));
    assertThat(early.code()).isEqualTo(SignatureError.RENEWAL_NOT_YET);
    assertThat(early.arguments()).contains("90");
    assertThat(renewals.status(tenant, fresh).open()).isFalse();
    clock.travel(Duration.ofDays(1095 - 89));
    assertThat(renewals.status(tenant, fresh).open()).isTrue();
    clock.reset();

    String holder = "in.scadenza";
    HolderSummary before = imported(tenant, holder, ANNA, mobile(), email());
    long oldId = before.certificateId().orElseThrow();
    assertThat(renewals.status(tenant, holder).open()).isTrue();
    byte[] form = renewals.form(tenant, holder, "Rinnovi Fiduciaria", Locale.ITALIAN);
    assertThat(new String(form, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");

    CertificateSummary renewed = renew(tenant, holder, 2);

    assertThat(renewed.id()).isNotEqualTo(oldId);
    assertThat(renewed.usable()).isTrue();
    assertThat(renewed.codiceFiscale()).isEqualTo("BNCNNA90C45H501K");
    assertThat(holders.get(tenant, holder).certificateId()).contains(renewed.id());
    assertThat(publicKey(tenant, renewed.id())).isNotEqualTo(publicKey(tenant, oldId));
    byte[] signedForm = renewals.signedForm(tenant, holder).orElseThrow();
    SignatureValidation validation = validator.validatePdf(tenant, signedForm);
    assertThat(validation.valid()).as(validation.indication()).isTrue();
    assertThat(validation.certificateId()).contains(oldId);
    assertThat(validation.codiceFiscale()).contains("BNCNNA90C45H501K");
  }

  @Test
  void aTokenOutOfSyncIsRefusedAtTheFormSignatureThenResynchronisedOrUnlockedAndRenews() {
    TenantId tenant = tenant("hsync");
    String holder = "token.premuto";
    imported(tenant, holder, ANNA, mobile(), email());

    // pressed 60 times without using the codes: beyond the look-ahead window (next counter 2)
    SigilloException outOfSync = refused(() -> renew(tenant, holder, 62));
    assertThat(outOfSync.code()).isEqualTo(SignatureError.OTP_OUT_OF_SYNC);
    assertThat(outOfSync.arguments()).containsExactly("60");
    ErrorCatalogue.ErrorText english = ErrorCatalogue.describe(outOfSync, Locale.ENGLISH);
    assertThat(english.title()).isEqualTo("Your token is about 60 presses ahead: synchronise it");
    assertThat(english.nextStep()).contains("two consecutive codes");
    assertThat(ErrorCatalogue.describe(outOfSync, Locale.ITALIAN).title())
        .contains("avanti di circa 60 pressioni");
    // a diagnosis: never accepted, not counted, the counter did not move
    assertThat(device.device(tenant, holder).orElseThrow().signFailures()).isZero();
    assertThat(renewals.signedForm(tenant, holder)).isEmpty();

    // a mistyped code is a wrong code, with the attempts left
    SigilloException mistyped = refused(() -> renewWithCode(tenant, holder, mistyped(2)));
    assertThat(mistyped.code()).isEqualTo(SignatureError.OTP_REFUSED);
    assertThat(ErrorCatalogue.describe(mistyped, Locale.ENGLISH).title()).isEqualTo("Wrong code");
    assertThat(device.device(tenant, holder).orElseThrow().signFailures()).isEqualTo(1);

    assertThat(resync(tenant, holder, TOKEN.hotp(63), TOKEN.hotp(65)))
        .isEqualTo(SignatureDeviceResync.Status.NOT_FOUND);
    assertThat(resync(tenant, holder, TOKEN.hotp(63), TOKEN.hotp(64)))
        .isEqualTo(SignatureDeviceResync.Status.SYNCHRONISED);
    assertThat(renew(tenant, holder, 65).usable()).isTrue();

    // a tenant of its own: a second renewal form validated within one CRL period of the first comes
    // back INDETERMINATE from the certificate side (reported to the cert engineer)
    TenantId other = tenant("hlock");
    String locked = "token.bloccato";
    imported(other, locked, ANNA, mobile(), email());
    // this tenant waives the growing delay between failed signature codes, so the lock comes fast
    PolicySettings policy = policies.current(other);
    PurposeSettings sign = policy.sign();
    policies.update(
        other,
        new PolicySettings(
            policy.login(),
            new PurposeSettings(
                sign.totpWindowSteps(),
                sign.hotpLookAhead(),
                sign.lockoutThreshold(),
                0,
                sign.selfUnlocksPer30Days()),
            policy.driftCapSteps(),
            policy.diagnosticWindowSeconds(),
            policy.resyncHotpWindow(),
            policy.resyncTotpSteps(),
            policy.resyncThirdCodeBeyond(),
            policy.totpEnrolment()),
        Actor.system("it-operator"));
    // codes far ahead would be diagnosed and never counted: wrong codes lock it
    SigilloException last = null;
    for (int attempt = 0; attempt < 20; attempt++) {
      last = refused(() -> renewWithCode(other, locked, mistyped(2)));
      if (last.code() == SignatureError.SIGN_DEVICE_LOCKED) {
        break;
      }
      assertThat(last.code()).isEqualTo(SignatureError.OTP_REFUSED);
    }
    assertThat(last.code()).isEqualTo(SignatureError.SIGN_DEVICE_LOCKED);
    assertThat(device.device(other, locked).orElseThrow().locked()).isTrue();
    assertThat(refused(() -> renew(other, locked, 2)).code())
        .isEqualTo(SignatureError.SIGN_DEVICE_LOCKED);
    assertThat(
            device
                .unlock(
                    other,
                    locked,
                    PASSWORD.toCharArray(),
                    List.of(TOKEN.hotp(530), TOKEN.hotp(531)),
                    actor(locked))
                .status())
        .isEqualTo(SignatureDeviceResync.Status.SYNCHRONISED);
    assertThat(device.device(other, locked).orElseThrow().locked()).isFalse();
    assertThat(renew(other, locked, 532).usable()).isTrue();
  }

  @Test
  void inconsistentHolderDataStopTheRenewalFieldByFieldUntilCorrected() {
    TenantId tenant = tenant("hdata");
    String holder = "giuseppe.verdi";
    String mobile = mobile();
    String email = email();
    imported(tenant, holder, GIUSEPPE_AS_IMPORTED, mobile, email);
    // a correction may fix the place of birth, never rename the certificate: he has an identity
    identities.register(
        tenant,
        new NewIdentity(
            holder, "Giuseppe", "Verdi", email, mobile, "VRDGPP60H20F704U", GIUSEPPE.birthDate()));

    HolderDataInconsistentException inconsistent =
        assertThrows(HolderDataInconsistentException.class, () -> renew(tenant, holder, 2));
    assertThat(inconsistent.findings())
        .anySatisfy(
            f -> {
              assertThat(f.field()).isEqualTo(HolderField.PLACE_OF_BIRTH);
              assertThat(f.error()).isEqualTo(SignatureError.PLACE_IS_PROVINCE);
            });
    // refused before the form is signed: the OTP was not spent
    assertThat(device.device(tenant, holder).orElseThrow().signFailures()).isZero();

    SigilloException wrongPassword =
        refused(
            () ->
                holders.correctData(
                    tenant, holder, GIUSEPPE, "Sbagliata-99".toCharArray(), actor(holder)));
    assertThat(wrongPassword.code()).isEqualTo(SignatureError.PASSWORD_WRONG);
    HolderData stillWrong =
        new HolderData(
            "Verdi",
            "Giuseppe",
            Sex.MALE,
            LocalDate.of(1960, 6, 20),
            "Milano",
            "MI",
            "VRDGPP60H20F704U");
    assertThrows(
        HolderDataInconsistentException.class,
        () ->
            holders.correctData(tenant, holder, stillWrong, PASSWORD.toCharArray(), actor(holder)));
    holders.correctData(tenant, holder, GIUSEPPE, PASSWORD.toCharArray(), actor(holder));

    CertificateSummary renewed = renew(tenant, holder, 2);
    assertThat(renewed.usable()).isTrue();
    assertThat(holders.get(tenant, holder).data().placeOfBirth()).isEqualTo("Monza");
  }

  @Test
  void aContactUsedByAnotherHolderStopsTheRenewalUntilTheMobileIsChangedBySmsAndOtp()
      throws Exception {
    TenantId alpha = tenant("hca");
    TenantId beta = tenant("hcb");
    String shared = mobile();
    ordered(alpha, "gia.titolare", shared, email());
    String holder = "numero.condiviso";
    String oldEmail = email();
    imported(beta, holder, ANNA, shared, oldEmail);

    SigilloException inUse = refused(() -> renew(beta, holder, 2));
    assertThat(inUse.code()).isEqualTo(SignatureError.MOBILE_IN_USE);
    assertThat(inUse.arguments()).isEmpty();

    SigilloException taken = refused(() -> startMobileChange(beta, holder, PASSWORD, shared));
    assertThat(taken.code()).isEqualTo(SignatureError.CONTACT_UNCHANGED);
    String otherHolders = mobile();
    ordered(alpha, "altra.titolare", otherHolders, email());
    // another holder's number is told apart only once the code sent to it is proven
    ContactChangeStarted probe = startMobileChange(beta, holder, PASSWORD, otherHolders);
    Smsc.Sms probeSms = smsc.next();
    assertThat(refused(() -> confirm(beta, holder, probe, probeSms.code(), 2)).code())
        .isEqualTo(SignatureError.CONTACT_UNAVAILABLE);

    // past the pause between two SMS to one person
    clock.travel(Duration.ofMinutes(2));
    String mine = mobile();
    ContactChangeStarted started = startMobileChange(beta, holder, PASSWORD, mine);
    assertThat(started.maskedDestination()).endsWith(mine.substring(mine.length() - 3));
    Smsc.Sms sms = smsc.next();
    assertThat(sms.destination()).isEqualTo(mine.substring(1));
    SigilloException wrong =
        refused(() -> confirm(beta, holder, started, wrongCode(sms.code()), 3));
    assertThat(wrong.code()).isEqualTo(SignatureError.CONTACT_CODE_WRONG);

    HolderSummary changed = confirm(beta, holder, started, sms.code(), 4);
    assertThat(changed.mobile()).isEqualTo(mine);
    // the old number was refused as another holder's: the notice of the change must not go to that
    // other person (it used to); the next SMS is the one the holder asks for next
    clock.travel(Duration.ofMinutes(4));
    String next = mobile();
    startMobileChange(beta, holder, PASSWORD, next);
    assertThat(smsc.next().destination()).isEqualTo(next.substring(1));

    assertThat(renew(beta, holder, 5).usable()).isTrue();
    // the renewal claimed the e-mail the import could keep: nobody else may take it now
    HolderData third =
        identity(alpha, "terza.persona", mobile(), oldEmail.toUpperCase(Locale.ROOT));
    SigilloException emailTaken =
        refused(
            () ->
                holders.order(
                    alpha,
                    "terza.persona",
                    new HolderOrder(third, null, null, PASSWORD.toCharArray()),
                    actor("terza.persona")));
    assertThat(emailTaken.code()).isEqualTo(SignatureError.CONTACT_UNAVAILABLE);
  }

  @Test
  void anSmsCodeExpiresAndTheFifthWrongPasswordLocksUntilTheLockEnds() throws Exception {
    TenantId tenant = tenant("hsms");
    String holder = "codice.scaduto";
    ordered(tenant, holder, mobile(), email());

    ContactChangeStarted started = startMobileChange(tenant, holder, PASSWORD, mobile());
    String code = smsc.next().code();
    clock.travel(Duration.ofMinutes(6));
    assertThat(refused(() -> confirm(tenant, holder, started, code, 2)).code())
        .isEqualTo(SignatureError.CONTACT_CODE_EXPIRED);
    clock.reset();

    for (int attempt = 1; attempt < 5; attempt++) {
      SigilloException wrong =
          refused(() -> startMobileChange(tenant, holder, "Sbagliata-99", mobile()));
      assertThat(wrong.code()).isEqualTo(SignatureError.PASSWORD_WRONG);
      assertThat(wrong.arguments()).containsExactly(String.valueOf(5 - attempt));
    }
    assertThat(refused(() -> startMobileChange(tenant, holder, "Sbagliata-99", mobile())).code())
        .isEqualTo(SignatureError.PASSWORD_LOCKED);
    assertThat(refused(() -> startMobileChange(tenant, holder, PASSWORD, mobile())).code())
        .isEqualTo(SignatureError.PASSWORD_LOCKED);
    clock.travel(Duration.ofMinutes(31));
    ContactChangeStarted again = startMobileChange(tenant, holder, PASSWORD, mobile());
    assertThat(again.changeId()).isNotEqualTo(started.changeId());
    assertThat(smsc.next().code()).hasSize(6);
  }

  @Test
  void aHolderOfOneTenantDoesNotExistForAnother() {
    TenantId alpha = tenant("hxa");
    TenantId beta = tenant("hxb");
    ordered(alpha, "solo.alpha", mobile(), email());

    assertThat(holders.find(beta, "solo.alpha")).isEmpty();
    assertThat(refused(() -> renewals.status(beta, "solo.alpha")).code())
        .isEqualTo(SignatureError.HOLDER_NOT_FOUND);
    assertThat(refused(() -> startMobileChange(beta, "solo.alpha", PASSWORD, mobile())).code())
        .isEqualTo(SignatureError.HOLDER_NOT_FOUND);
    assertThat(holders.find(alpha, "solo.alpha")).isPresent();
  }

  @Test
  void theDemoHoldersAreSeededOnceEachReadyForItsPath() {
    // the demo seeder's identity of Mario Rossi, whom the demo orders a certificate for
    if (identities.findByUsername(TenantId.of("alpha"), "mario.rossi").isEmpty()) {
      identities.register(
          TenantId.of("alpha"),
          new NewIdentity(
              "mario.rossi",
              "Mario",
              "Rossi",
              "mario.rossi@alpha.example",
              "+393331112233",
              "RSSMRA85T10A562S",
              LocalDate.of(1985, 12, 10)));
    }
    demo.seed();
    demo.seed();
    TenantId alpha = TenantId.of("alpha");
    TenantId beta = TenantId.of("beta");
    assertThat(holders.get(alpha, "mario.rossi").certificateId()).isPresent();
    assertThat(renewals.status(alpha, "mario.rossi").open()).isFalse();
    assertThat(renewals.status(alpha, "giulia.bianchi").open()).isTrue();
    assertThrows(
        HolderDataInconsistentException.class,
        () ->
            renewals.renew(
                beta,
                "luca.verdi",
                "Firma-Demo-2026".toCharArray(),
                TOKEN.hotp(2),
                "Beta",
                Locale.ITALIAN,
                actor("luca.verdi")));
    assertThat(
            refused(
                    () ->
                        renewals.renew(
                            beta,
                            "anna.neri",
                            "Firma-Demo-2026".toCharArray(),
                            TOKEN.hotp(2),
                            "Beta",
                            Locale.ITALIAN,
                            actor("anna.neri")))
                .code())
        .isEqualTo(SignatureError.MOBILE_IN_USE);
  }

  /**
   * Issue 14's dead ends, each walked to a signature: the SPID app re-associated (the new app
   * confirmed for signing), the SPID identity revoked (the app stays the signature device), a token
   * lost (replaced by the app with the password, an SMS code and a code of the app, the token
   * revoked in the same step).
   */
  @Test
  void theSequencesThatUsedToDeadEndLeaveTheHolderAbleToSign() throws Exception {
    TenantId tenant = tenant("hdead");
    String moved = "app.riassociata";
    OtpApp oldApp = holderWithApp(tenant, moved);
    assertThat(sign(tenant, moved, oldApp.totp(clock.clock().instant().plusSeconds(30))))
        .isNotEmpty();
    String revoked = "identita.revocata";
    OtpApp revokedApp = holderWithApp(tenant, revoked);
    String lost = "token.perso";
    long token = ordered(tenant, lost, mobile(), email()).signDeviceId().orElseThrow();

    // past the pause between two SMS codes of one purpose to one person
    clock.travel(Duration.ofMinutes(2));
    OtpApp newApp = associate(tenant, moved);
    assertThat(refused(() -> sign(tenant, moved, newApp.totp(clock.clock().instant()))).code())
        .isEqualTo(OtpError.SIGNATURE_DEVICE_CHANGED);
    assertThat(device.change(tenant, moved)).isEqualTo(SignatureDeviceChange.CONFIRM_NEW_APP);
    device.confirmNewApp(
        tenant, moved, PASSWORD.toCharArray(), newApp.totp(clock.clock().instant()), actor(moved));
    assertThat(device.change(tenant, moved)).isEqualTo(SignatureDeviceChange.NONE);
    assertThat(sign(tenant, moved, newApp.totp(clock.clock().instant().plusSeconds(30))))
        .isNotEmpty();

    lifecycle.revoke(
        tenant, revoked, "non uso più lo SPID", Locale.ITALIAN, "Revoche", actor(revoked));
    assertThat(sign(tenant, revoked, revokedApp.totp(clock.clock().instant().plusSeconds(30))))
        .isNotEmpty();

    registry.markLostFor(tenant, lost, token, "token perso in treno", Actor.system("it-operator"));
    assertThat(refused(() -> sign(tenant, lost, TOKEN.hotp(2))).code())
        .isEqualTo(OtpError.SIGNATURE_DEVICE_RETIRED);
    assertThat(device.change(tenant, lost)).isEqualTo(SignatureDeviceChange.REPLACE_DEVICE);
    OtpApp app = associate(tenant, lost);
    long appId = registry.activeApps(tenant, lost).get(0).id();
    DeviceReplacementStarted started =
        replacements.start(
            tenant, lost, PASSWORD.toCharArray(), Locale.ITALIAN, "Sostituzioni", actor(lost));
    Smsc.Sms sms = smsc.next();
    assertThat(sms.destination()).isEqualTo(holders.get(tenant, lost).mobile().substring(1));
    SigilloException wrongSms =
        refused(
            () ->
                replacements.toApp(
                    tenant,
                    lost,
                    started.challengeId(),
                    wrongCode(sms.code()),
                    appId,
                    app.totp(clock.clock().instant()),
                    actor(lost)));
    assertThat(wrongSms.code()).isEqualTo(OtpError.DEVICE_CHANGE_CODE_WRONG);
    replacements.toApp(
        tenant,
        lost,
        started.challengeId(),
        sms.code(),
        appId,
        app.totp(clock.clock().instant().plusSeconds(30)),
        actor(lost));
    assertThat(holders.get(tenant, lost).signDeviceId()).contains(appId);
    // three of the app's time steps are spent (its first code, the two replacement attempts)
    clock.travel(Duration.ofSeconds(30));
    assertThat(sign(tenant, lost, app.totp(clock.clock().instant().plusSeconds(30)))).isNotEmpty();
    assertThat(registry.find(tenant, token).orElseThrow().status()).isEqualTo(DeviceStatus.LOST);

    // a broken token: a new one from stock, proven by two consecutive codes; the old one revoked
    String broken = "token.guasto";
    long brokenToken = ordered(tenant, broken, mobile(), email()).signDeviceId().orElseThrow();
    DeviceReplacementStarted again =
        replacements.start(
            tenant, broken, PASSWORD.toCharArray(), Locale.ITALIAN, "Sostituzioni", actor(broken));
    replacements.toToken(
        tenant,
        broken,
        again.challengeId(),
        smsc.next().code(),
        stock(tenant),
        List.of(TOKEN.hotp(0), TOKEN.hotp(1)),
        actor(broken));
    assertThat(registry.find(tenant, brokenToken).orElseThrow().status())
        .isEqualTo(DeviceStatus.REVOKED);
    assertThat(sign(tenant, broken, TOKEN.hotp(2))).isNotEmpty();
  }

  /**
   * A holder whose signature device is her SPID app: the app associated as the seed does it (an SMS
   * code, the key, the first code), the order, the app bound with a code of it.
   */
  private OtpApp holderWithApp(TenantId tenant, String username) throws Exception {
    HolderData data = identity(tenant, username, mobile(), email());
    OtpApp app = associate(tenant, username);
    holders.order(
        tenant,
        username,
        new HolderOrder(data, null, null, PASSWORD.toCharArray()),
        actor(username));
    long appId = registry.activeApps(tenant, username).get(0).id();
    holders.bindApp(tenant, username, appId, app.totp(clock.clock().instant()), actor(username));
    return app;
  }

  /** The re-association of the SPID app with correct codes; returns the new app. */
  private OtpApp associate(TenantId tenant, String username) throws Exception {
    CodeSent sent =
        credentials.startReconfigure(
            tenant, username, Locale.ITALIAN, "Riassocia", actor(username));
    ReconfigureStep step =
        credentials.verifyReconfigure(
            tenant,
            username,
            sent.challengeId(),
            smsc.next().code(),
            Locale.ITALIAN,
            "Riassocia",
            actor(username));
    NewApp app = step.app().orElseThrow();
    OtpApp totp = OtpApp.fromUri(app.keyUri());
    SecondFactorOutcome first =
        credentials.confirmNewApp(
            tenant,
            username,
            app.deviceId(),
            totp.totp(clock.clock().instant().minusSeconds(30)),
            Locale.ITALIAN,
            "Riassocia",
            actor(username));
    assertThat(first.accepted()).isTrue();
    return totp;
  }

  private byte[] sign(TenantId tenant, String holder, String otp) {
    return signing.signPdf(
        tenant,
        holder,
        Pdfs.onePage("Contratto di " + holder + " " + otp),
        PASSWORD.toCharArray(),
        otp,
        actor(holder));
  }

  /** The holder resynchronises the token with two consecutive codes and the password. */
  private SignatureDeviceResync.Status resync(
      TenantId tenant, String holder, String first, String second) {
    return device
        .resynchronise(
            tenant, holder, PASSWORD.toCharArray(), List.of(first, second), actor(holder))
        .status();
  }

  private CertificateSummary renew(TenantId tenant, String holder, long press) {
    return renewWithCode(tenant, holder, TOKEN.hotp(press));
  }

  private CertificateSummary renewWithCode(TenantId tenant, String holder, String code) {
    return renewals.renew(
        tenant,
        holder,
        PASSWORD.toCharArray(),
        code,
        "Rinnovi Fiduciaria",
        Locale.ITALIAN,
        actor(holder));
  }

  /**
   * The code of press {@code next} with its last digit changed, as a person mistypes it (for this
   * seed and press 2 it matches no press within the diagnostic range: oathtool -w 1100 says so).
   */
  private static String mistyped(long next) {
    String right = TOKEN.hotp(next);
    char last = right.charAt(right.length() - 1);
    return right.substring(0, right.length() - 1) + (char) ('0' + (last - '0' + 1) % 10);
  }

  private ContactChangeStarted startMobileChange(
      TenantId tenant, String holder, String password, String mobile) {
    return changes.start(
        tenant,
        holder,
        ContactKind.MOBILE,
        mobile,
        password.toCharArray(),
        Locale.ITALIAN,
        "Recapiti",
        actor(holder));
  }

  private HolderSummary confirm(
      TenantId tenant, String holder, ContactChangeStarted started, String code, long press) {
    return changes.confirm(
        tenant,
        holder,
        started.changeId(),
        code,
        TOKEN.hotp(press),
        Locale.ITALIAN,
        "Recapiti",
        actor(holder));
  }

  /**
   * Ordered now, with a token from stock (presses 0 and 1 claimed it): a three-year certificate.
   * The holder is an Anna Bianchi of Rome with a verified identity of her own.
   */
  private HolderSummary ordered(TenantId tenant, String username, String mobile, String email) {
    HolderData data = identity(tenant, username, mobile, email);
    holders.order(
        tenant,
        username,
        new HolderOrder(data, null, null, PASSWORD.toCharArray()),
        actor(username));
    return holders.bindToken(
        tenant, username, stock(tenant), List.of(TOKEN.hotp(0), TOKEN.hotp(1)), actor(username));
  }

  /**
   * A verified identity for an Anna Bianchi born in Rome on a day of her own, so that several on
   * one tenant have distinct tax codes; returns the holder data of her order.
   */
  private HolderData identity(TenantId tenant, String username, String mobile, String email) {
    LocalDate born = LocalDate.of(1950, 1, 1).plusDays(RANDOM.nextInt(18_000));
    String taxCode = TaxCodeEncoding.encode("Bianchi", "Anna", born, Sex.FEMALE, "H501");
    identities.register(
        tenant, new NewIdentity(username, "Anna", "Bianchi", email, mobile, taxCode, born));
    return new HolderData("Bianchi", "Anna", Sex.FEMALE, born, "Roma", "RM", taxCode);
  }

  /** Migrated from an earlier system with a certificate expiring in 60 days: renewal is open. */
  private HolderSummary imported(
      TenantId tenant, String username, HolderData data, String mobile, String email) {
    ClaimResult claim =
        inventory.claim(
            tenant,
            new TokenClaim(username, stock(tenant), List.of(TOKEN.hotp(0), TOKEN.hotp(1))),
            Actor.person(username, "it", Assurance.LEVEL_1));
    assertThat(claim.claimed()).isTrue();
    return holders.importHolder(
        tenant,
        new HolderImport(
            username,
            data,
            mobile,
            email,
            PASSWORD.toCharArray(),
            claim.deviceId().orElseThrow(),
            Duration.ofDays(60)),
        actor("it-import"));
  }

  private String stock(TenantId tenant) {
    String serial = "HT-" + UUID.randomUUID().toString().substring(0, 8);
    inventory.importTokens(
        tenant,
        new TokenFile(
            TokenFileFormat.CSV,
            ("serial,secret,algorithm,digits,counter\n" + serial + "," + SEED + ",HOTP,6,0\n")
                .getBytes(StandardCharsets.UTF_8),
            Optional.empty()),
        true,
        Actor.system("it-operator"));
    return serial;
  }

  private java.security.PublicKey publicKey(TenantId tenant, long certificateId) throws Exception {
    X509Certificate certificate =
        (X509Certificate)
            CertificateFactory.getInstance("X.509")
                .generateCertificate(
                    new ByteArrayInputStream(certificates.certificate(tenant, certificateId)));
    return certificate.getPublicKey();
  }

  private static SigilloException refused(Executable call) {
    return assertThrows(SigilloException.class, call);
  }

  private static Actor actor(String name) {
    return Actor.person(name, "it-holder", Assurance.LEVEL_1);
  }

  private static TenantId tenant(String prefix) {
    return TenantId.of(prefix + "-" + UUID.randomUUID().toString().substring(0, 8));
  }

  private static String mobile() {
    return "+39333" + String.format(Locale.ROOT, "%07d", RANDOM.nextInt(10_000_000));
  }

  private static String email() {
    return "holder-" + UUID.randomUUID().toString().substring(0, 8) + "@it.example";
  }

  private static java.io.File jarOf(Class<?> type) {
    try {
      return new java.io.File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (java.net.URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String wrongCode(String code) {
    return code.equals("000000") ? "000001" : "000000";
  }
}

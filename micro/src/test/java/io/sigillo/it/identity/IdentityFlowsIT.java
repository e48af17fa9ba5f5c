package io.sigillo.it.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.sigillo.core.audit.Actor;
import io.sigillo.core.audit.AuditEvent;
import io.sigillo.core.audit.AuditLog;
import io.sigillo.core.error.SigilloException;
import io.sigillo.core.security.Assurance;
import io.sigillo.core.tenant.TenantId;
import io.sigillo.core.time.PlatformClock;
import io.sigillo.identity.api.CodeChannel;
import io.sigillo.identity.api.CodeCheck;
import io.sigillo.identity.api.CodeOutcome;
import io.sigillo.identity.api.CodeSent;
import io.sigillo.identity.api.CredentialKind;
import io.sigillo.identity.api.CredentialState;
import io.sigillo.identity.api.IdentityCredentials;
import io.sigillo.identity.api.IdentityDirectory;
import io.sigillo.identity.api.IdentityError;
import io.sigillo.identity.api.IdentityLifecycle;
import io.sigillo.identity.api.IdentityStatus;
import io.sigillo.identity.api.NewApp;
import io.sigillo.identity.api.NewIdentity;
import io.sigillo.identity.api.ReconfigureStep;
import io.sigillo.identity.api.SecondFactorCheck;
import io.sigillo.identity.api.SecondFactorOutcome;
import io.sigillo.identity.api.SecondFactorStatus;
import io.sigillo.it.Deployments;
import io.sigillo.it.support.ActsAsPlatform;
import io.sigillo.it.support.OtpApp;
import io.sigillo.it.support.Smsc;
import io.sigillo.it.support.WithSmsc;
import io.sigillo.otp.api.DeviceStatus;
import io.sigillo.otp.api.DeviceSummary;
import io.sigillo.otp.api.OtpError;
import io.sigillo.otp.api.OtpRegistry;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The identity flows through the identity module's api in the container, against PostgreSQL, the
 * shared OTP registry and real SMPP: every SMS code is read from the {@code submit_sm} the test's
 * SMSC received, every app code is computed by the test's own TOTP ({@link OtpApp}) from the key
 * URI the association returned. Time moves with {@link PlatformClock#travel} for expiry and drift.
 */
@ExtendWith({ArquillianExtension.class, ActsAsPlatform.class})
class IdentityFlowsIT extends WithSmsc {

  private static final String ISSUER = "Alpha Fiduciaria";

  @Deployment
  static WebArchive deployment() {
    // one archive for every in-container class: they share one Micro (Deployments.inContainer)
    return Deployments.inContainer();
  }

  @Inject private IdentityDirectory directory;
  @Inject private IdentityCredentials credentials;
  @Inject private IdentityLifecycle lifecycle;
  @Inject private OtpRegistry registry;
  @Inject private AuditLog audit;
  @Inject private PlatformClock platformClock;
  @Inject private Clock clock;

  @AfterEach
  void resetTime() {
    platformClock.reset();
  }

  private static TenantId tenant(String prefix) {
    return TenantId.of(prefix + "-" + UUID.randomUUID().toString().substring(0, 8));
  }

  private String person(TenantId tenant, String name) {
    String username = name + "." + UUID.randomUUID().toString().substring(0, 6);
    directory.register(
        tenant,
        new NewIdentity(
            username,
            "Mario",
            "Rossi",
            username + "@example.it",
            "+393331234567",
            "RSSMRA85T10A562S",
            LocalDate.of(1985, 12, 10)));
    return username;
  }

  private CodeSent startReconfigure(TenantId tenant, String username) {
    return credentials.startReconfigure(tenant, username, Locale.ITALIAN, ISSUER, person(username));
  }

  private ReconfigureStep verify(TenantId tenant, String username, CodeSent sent, String code) {
    return credentials.verifyReconfigure(
        tenant, username, sent.challengeId(), code, Locale.ITALIAN, ISSUER, person(username));
  }

  /** The whole re-association with correct codes; returns the new app as the test's TOTP. */
  private OtpApp associate(TenantId tenant, String username) throws Exception {
    CodeSent sent = startReconfigure(tenant, username);
    ReconfigureStep step = verify(tenant, username, sent, smsc.next().code());
    NewApp app = step.app().orElseThrow();
    OtpApp totp = OtpApp.fromUri(app.keyUri());
    SecondFactorOutcome first =
        credentials.confirmNewApp(
            tenant,
            username,
            app.deviceId(),
            totp.totp(clock.instant()),
            Locale.ITALIAN,
            ISSUER,
            person(username));
    assertThat(first.check()).isEqualTo(SecondFactorCheck.ACCEPTED);
    return totp;
  }

  /** Checks an app code as the level-2 pages do (Italian, the test's issuer and actor). */
  private SecondFactorOutcome checkAppCode(TenantId tenant, String username, String code) {
    return credentials.checkAppCode(
        tenant, username, code, Locale.ITALIAN, ISSUER, person(username));
  }

  private static String wrong(String code) {
    return code.equals("000000") ? "000001" : "000000";
  }

  @Test
  void reconfiguringRevokesTheOldAppShowsTheNewOneAndItsFirstCodeCompletesTheAssociation()
      throws Exception {
    TenantId tenant = tenant("alpha");
    String username = person(tenant, "mario");
    OtpApp old = associate(tenant, username);
    platformClock.travel(Duration.ofSeconds(61));

    CodeSent sent = startReconfigure(tenant, username);
    Smsc.Sms sms = smsc.next();
    assertThat(sms.destination()).isEqualTo("393331234567");
    assertThat(sms.text()).contains("riconfigurare l'app OTP");
    assertThat(sent.channel()).isEqualTo(CodeChannel.SMS);
    assertThat(sent.maskedDestination()).isEqualTo("**********567");
    assertThat(sent.attemptsAllowed()).isEqualTo(3);
    ReconfigureStep step = verify(tenant, username, sent, sms.code());

    assertThat(step.code().check()).isEqualTo(CodeCheck.VERIFIED);
    NewApp app = step.app().orElseThrow();
    assertThat(app.keyUri()).startsWith("otpauth://totp/").contains("issuer=Alpha");
    assertThat(app.qrPng()).startsWith((byte) 0x89, (byte) 'P', (byte) 'N', (byte) 'G');
    assertThat(app.manualKey()).matches("[A-Z2-7]{4}( [A-Z2-7]{1,4})+");
    // the old app is revoked before the new one is confirmed: its codes are refused at once
    assertThat(checkAppCode(tenant, username, old.totp(clock.instant().plusSeconds(30))).check())
        .isEqualTo(SecondFactorCheck.NO_APP);
    assertThat(credentials.overview(tenant, username).credentials())
        .anySatisfy(
            c -> {
              assertThat(c.kind()).isEqualTo(CredentialKind.OTP_APP);
              assertThat(c.state()).isEqualTo(CredentialState.PENDING);
            });

    OtpApp fresh = OtpApp.fromBase32(app.manualKey());
    assertThat(fresh.totp(clock.instant()))
        .isEqualTo(OtpApp.fromUri(app.keyUri()).totp(clock.instant()));
    SecondFactorOutcome wrongFirst =
        credentials.confirmNewApp(
            tenant,
            username,
            app.deviceId(),
            wrong(fresh.totp(clock.instant())),
            Locale.ITALIAN,
            ISSUER,
            person(username));
    SecondFactorOutcome first =
        credentials.confirmNewApp(
            tenant,
            username,
            app.deviceId(),
            fresh.totp(clock.instant()),
            Locale.ITALIAN,
            ISSUER,
            person(username));
    SecondFactorOutcome login =
        checkAppCode(tenant, username, fresh.totp(clock.instant().plusSeconds(30)));

    assertThat(wrongFirst.check()).isEqualTo(SecondFactorCheck.REJECTED);
    assertThat(wrongFirst.remainingAttempts()).isEqualTo(4);
    assertThat(first.check()).isEqualTo(SecondFactorCheck.ACCEPTED);
    assertThat(login.check()).isEqualTo(SecondFactorCheck.ACCEPTED);
    List<DeviceSummary> devices = registry.devicesOf(tenant, username);
    assertThat(devices.stream().filter(d -> d.status() == DeviceStatus.ACTIVE)).hasSize(1);
    assertThat(devices.stream().filter(d -> d.status() == DeviceStatus.REVOKED)).hasSize(1);
    List<AuditEvent> trail = audit.recent(tenant, 100);
    assertThat(trail)
        .extracting(AuditEvent::action)
        .contains(
            "identity.otp-app.reconfigure-requested",
            "identity.otp-app.association-started",
            "identity.otp-app.first-code",
            "identity.level2.checked");
    assertThat(trail).noneMatch(e -> e.detail().contains(sms.code()));
  }

  @Test
  void wrongSmsCodesCountDownAndTheThirdExhaustsTheCodeWhichThenRefusesEvenTheRightOne()
      throws Exception {
    TenantId tenant = tenant("alpha");
    String username = person(tenant, "giulia");
    CodeSent sent = startReconfigure(tenant, username);
    String code = smsc.next().code();

    ReconfigureStep one = verify(tenant, username, sent, wrong(code));
    ReconfigureStep two = verify(tenant, username, sent, wrong(code));
    ReconfigureStep three = verify(tenant, username, sent, wrong(code));
    ReconfigureStep right = verify(tenant, username, sent, code);

    assertThat(one.code()).isEqualTo(new CodeOutcome(CodeCheck.WRONG, 2));
    assertThat(one.app()).isEmpty();
    assertThat(two.code()).isEqualTo(new CodeOutcome(CodeCheck.WRONG, 1));
    assertThat(three.code().check()).isEqualTo(CodeCheck.EXHAUSTED);
    assertThat(right.code().check()).isEqualTo(CodeCheck.EXHAUSTED);
    assertThat(right.app()).isEmpty();
    assertThat(registry.devicesOf(tenant, username)).isEmpty();
  }

  @Test
  void anSmsCodeExpiresAfterFiveMinutesAndAResendWaitsForTheCooldown() throws Exception {
    TenantId tenant = tenant("alpha");
    String username = person(tenant, "luca");
    CodeSent sent = startReconfigure(tenant, username);
    String code = smsc.next().code();

    SigilloException tooSoon =
        (SigilloException) catchThrown(() -> startReconfigure(tenant, username));
    platformClock.travel(Duration.ofMinutes(5).plusSeconds(1));
    ReconfigureStep late = verify(tenant, username, sent, code);
    CodeSent again = startReconfigure(tenant, username);
    ReconfigureStep onTime = verify(tenant, username, again, smsc.next().code());

    assertThat(tooSoon.code()).isEqualTo(OtpError.SMS_RESEND_TOO_SOON);
    assertThat(smsc.nothingReceived()).isTrue();
    assertThat(late.code().check()).isEqualTo(CodeCheck.EXPIRED);
    assertThat(late.app()).isEmpty();
    assertThat(onTime.code().check()).isEqualTo(CodeCheck.VERIFIED);
    assertThat(onTime.app()).isPresent();
  }

  @Test
  void aPhoneWhoseClockIsOffGetsClockDriftWithTheOffsetInsteadOfAWrongCode() throws Exception {
    TenantId tenant = tenant("alpha");
    String username = person(tenant, "anna");
    OtpApp app = associate(tenant, username);

    SecondFactorOutcome ahead =
        checkAppCode(tenant, username, app.totp(clock.instant().plus(Duration.ofMinutes(4))));
    // the phone shows the code of a minute from now; the server's clock is six minutes on by then
    String phoneCode = app.totp(clock.instant().plusSeconds(60));
    platformClock.travel(Duration.ofMinutes(6));
    SecondFactorOutcome behind = checkAppCode(tenant, username, phoneCode);
    // past the short wait the registry imposes after two failed attempts in a row
    platformClock.travel(Duration.ofSeconds(20));
    SecondFactorOutcome onTime = checkAppCode(tenant, username, app.totp(clock.instant()));

    assertThat(ahead.check()).isEqualTo(SecondFactorCheck.CLOCK_DRIFT);
    assertThat(ahead.clockOffset().orElseThrow().render()).isEqualTo("+4 min");
    assertThat(behind.check()).isEqualTo(SecondFactorCheck.CLOCK_DRIFT);
    assertThat(behind.clockOffset().orElseThrow().render()).isEqualTo("\u22125 min");
    assertThat(onTime.check()).isEqualTo(SecondFactorCheck.ACCEPTED);
  }

  @Test
  void fiveWrongAppCodesLockTheAppAndEvenTheRightCodeIsThenLocked() throws Exception {
    TenantId tenant = tenant("alpha");
    String username = person(tenant, "paolo");
    OtpApp app = associate(tenant, username);

    SecondFactorOutcome last = null;
    for (int i = 0; i < 5; i++) {
      // past the growing delay between failures, so each attempt is checked and counted
      platformClock.travel(Duration.ofMinutes(2));
      last = checkAppCode(tenant, username, wrong(app.totp(clock.instant())));
    }
    platformClock.travel(Duration.ofMinutes(2));
    SecondFactorOutcome right = checkAppCode(tenant, username, app.totp(clock.instant()));

    assertThat(last.check()).isEqualTo(SecondFactorCheck.LOCKED);
    assertThat(right.check()).isEqualTo(SecondFactorCheck.LOCKED);
    assertThat(credentials.overview(tenant, username).credentials())
        .anySatisfy(
            c -> {
              assertThat(c.kind()).isEqualTo(CredentialKind.OTP_APP);
              assertThat(c.state()).isEqualTo(CredentialState.LOCKED);
            });
  }

  @Test
  void aLoginCodeBySmsIsALevelTwoProof() throws Exception {
    TenantId tenant = tenant("alpha");
    String username = person(tenant, "sara");

    CodeSent sent =
        credentials.sendLoginSms(tenant, username, Locale.ENGLISH, ISSUER, person(username));
    String code = smsc.next().code();
    SecondFactorOutcome wrongOne =
        credentials.checkLoginSms(
            tenant,
            username,
            sent.challengeId(),
            wrong(code),
            Locale.ITALIAN,
            ISSUER,
            person(username));
    SecondFactorOutcome accepted =
        credentials.checkLoginSms(
            tenant, username, sent.challengeId(), code, Locale.ITALIAN, ISSUER, person(username));
    SecondFactorOutcome again =
        credentials.checkLoginSms(
            tenant, username, sent.challengeId(), code, Locale.ITALIAN, ISSUER, person(username));

    assertThat(wrongOne.check()).isEqualTo(SecondFactorCheck.REJECTED);
    assertThat(wrongOne.remainingAttempts()).isEqualTo(2);
    assertThat(accepted.check()).isEqualTo(SecondFactorCheck.ACCEPTED);
    assertThat(again.check()).isEqualTo(SecondFactorCheck.CODE_CLOSED);
  }

  @Test
  void anotherTenantSeesNeitherTheIdentityNorItsCodesNorItsApp() throws Exception {
    TenantId alpha = tenant("alpha");
    TenantId beta = tenant("beta");
    String username = person(alpha, "mario");
    CodeSent sent = startReconfigure(alpha, username);
    String code = smsc.next().code();

    SigilloException overview =
        (SigilloException) catchThrown(() -> credentials.overview(beta, username));
    // beta gets a person of the same name: still nothing of alpha's is found through them
    directory.register(beta, new NewIdentity(username, "Omonimo", "Rossi", null, "+393339999999"));
    SigilloException challenge =
        (SigilloException)
            catchThrown(
                () ->
                    credentials.verifyReconfigure(
                        beta,
                        username,
                        sent.challengeId(),
                        code,
                        Locale.ITALIAN,
                        ISSUER,
                        person(username)));
    ReconfigureStep own = verify(alpha, username, sent, code);
    long device = own.app().orElseThrow().deviceId();
    SigilloException foreignDevice =
        (SigilloException)
            catchThrown(
                () ->
                    credentials.confirmNewApp(
                        beta,
                        username,
                        device,
                        "123456",
                        Locale.ITALIAN,
                        ISSUER,
                        person(username)));

    assertThat(overview.code()).isEqualTo(IdentityError.IDENTITY_NOT_FOUND);
    assertThat(challenge.code()).isEqualTo(OtpError.SMS_CHALLENGE_NOT_FOUND);
    assertThat(own.code().check()).isEqualTo(CodeCheck.VERIFIED);
    assertThat(foreignDevice.code()).isEqualTo(IdentityError.NO_PENDING_APP);
    assertThat(registry.devicesOf(beta, username)).isEmpty();
    assertThat(audit.recent(beta, 50)).noneMatch(e -> e.detail().contains("app " + device));
  }

  @Test
  void recoveryBySmsSuspendsLevelTwoUntilTheAppIsAssociatedAgain() throws Exception {
    TenantId tenant = tenant("alpha");
    String username = person(tenant, "laura");
    OtpApp lost = associate(tenant, username);

    CodeSent sent =
        credentials.startRecovery(
            tenant, username, CodeChannel.SMS, Locale.ITALIAN, ISSUER, person(username));
    String code = smsc.next().code();
    CodeOutcome recovered =
        credentials.verifyRecovery(
            tenant,
            username,
            sent.challengeId(),
            CodeChannel.SMS,
            code,
            Locale.ITALIAN,
            ISSUER,
            person(username));
    SecondFactorOutcome withOldApp =
        checkAppCode(tenant, username, lost.totp(clock.instant().plusSeconds(30)));
    SigilloException smsLogin =
        (SigilloException)
            catchThrown(
                () ->
                    credentials.sendLoginSms(
                        tenant, username, Locale.ITALIAN, ISSUER, person(username)));
    platformClock.travel(Duration.ofSeconds(61));
    OtpApp replacement = associate(tenant, username);

    assertThat(recovered.check()).isEqualTo(CodeCheck.VERIFIED);
    assertThat(withOldApp.check()).isEqualTo(SecondFactorCheck.SUSPENDED);
    assertThat(smsLogin.code()).isEqualTo(IdentityError.SECOND_FACTOR_REQUIRED);
    assertThat(credentials.overview(tenant, username).identity().secondFactor())
        .isEqualTo(SecondFactorStatus.ACTIVE);
    assertThat(
            checkAppCode(tenant, username, replacement.totp(clock.instant().plusSeconds(30)))
                .check())
        .isEqualTo(SecondFactorCheck.ACCEPTED);
    assertThat(audit.recent(tenant, 100))
        .extracting(AuditEvent::action)
        .contains(
            "identity.recovery.requested", "identity.recovery.code", "identity.level2.suspended");
  }

  @Test
  void theHolderSuspendsReactivatesAndFinallyRevokesTheIdentity() throws Exception {
    TenantId tenant = tenant("alpha");
    String username = person(tenant, "bruno");
    OtpApp app = associate(tenant, username);

    assertThat(
            lifecycle
                .suspend(
                    tenant, username, "phone stolen", Locale.ITALIAN, ISSUER, levelTwo(username))
                .status())
        .isEqualTo(IdentityStatus.SUSPENDED);
    SigilloException twice =
        (SigilloException)
            catchThrown(
                () ->
                    lifecycle.suspend(
                        tenant, username, "", Locale.ITALIAN, ISSUER, levelTwo(username)));
    assertThat(
            lifecycle
                .reactivate(tenant, username, Locale.ITALIAN, ISSUER, levelTwo(username))
                .status())
        .isEqualTo(IdentityStatus.ACTIVE);
    assertThat(lifecycle.setL2UseNotice(tenant, username, true, levelTwo(username)).l2UseNotice())
        .isTrue();
    assertThat(
            lifecycle
                .revoke(
                    tenant,
                    username,
                    "no longer needed",
                    Locale.ITALIAN,
                    ISSUER,
                    levelTwo(username))
                .status())
        .isEqualTo(IdentityStatus.REVOKED);
    SecondFactorOutcome afterRevocation =
        checkAppCode(tenant, username, app.totp(clock.instant().plusSeconds(30)));
    SigilloException reconfigure =
        (SigilloException) catchThrown(() -> startReconfigure(tenant, username));

    assertThat(twice.code()).isEqualTo(IdentityError.ALREADY_IN_STATUS);
    assertThat(afterRevocation.check()).isEqualTo(SecondFactorCheck.IDENTITY_REVOKED);
    assertThat(reconfigure.code()).isEqualTo(IdentityError.IDENTITY_REVOKED);
    assertThat(registry.devicesOf(tenant, username))
        .allMatch(d -> d.status() == DeviceStatus.REVOKED);
    assertThat(audit.recent(tenant, 100))
        .extracting(AuditEvent::action)
        .contains("identity.suspended", "identity.reactivated", "identity.revoked");
  }

  @Test
  void registrationChecksTheTaxCodeAndKeepsItUniquePerTenant() {
    TenantId tenant = tenant("alpha");
    person(tenant, "mario");
    SigilloException badCheckLetter =
        (SigilloException)
            catchThrown(
                () ->
                    directory.register(
                        tenant,
                        new NewIdentity(
                            "other.person", "A", "B", null, null, "RSSMRA85T10A562X", null)));
    SigilloException taken =
        (SigilloException)
            catchThrown(
                () ->
                    directory.register(
                        tenant,
                        new NewIdentity(
                            "third.person", "A", "B", null, null, "rssmra85t10a562s", null)));
    assertThat(badCheckLetter.code()).isEqualTo(IdentityError.INVALID_IDENTITY_DATA);
    assertThat(badCheckLetter.arguments()).first().isEqualTo("codiceFiscale");
    assertThat(taken.code()).isEqualTo(IdentityError.CODICE_FISCALE_TAKEN);
    assertThat(
            directory
                .register(
                    tenant("beta"),
                    new NewIdentity("mario", "M", "R", null, null, "RSSMRA85T10A562S", null))
                .codiceFiscale())
        .contains("RSSMRA85T10A562S");
  }

  private static Throwable catchThrown(Runnable call) {
    try {
      call.run();
    } catch (SigilloException e) {
      return e;
    }
    throw new AssertionError("expected a catalogued error");
  }

  /**
   * The person as their password-only session acts: the flows raise it where they check a proof.
   */
  private static Actor person(String username) {
    return Actor.person(username, "it-identity-flows", Assurance.LEVEL_1);
  }

  /** The person as a level-2 session acts (the /identity/ pages are behind the step-up). */
  private static Actor levelTwo(String username) {
    return Actor.person(username, "it-identity-flows", Assurance.LEVEL_2);
  }
}

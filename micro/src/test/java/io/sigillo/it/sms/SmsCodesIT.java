package io.sigillo.it.sms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sigillo.core.audit.Actor;
import io.sigillo.core.audit.AuditEvent;
import io.sigillo.core.audit.AuditLog;
import io.sigillo.core.error.SigilloException;
import io.sigillo.core.tenant.TenantId;
import io.sigillo.core.time.PlatformClock;
import io.sigillo.it.Deployments;
import io.sigillo.it.support.ActsAsPlatform;
import io.sigillo.it.support.Smsc;
import io.sigillo.it.support.WithSmsc;
import io.sigillo.otp.api.OtpError;
import io.sigillo.otp.api.SmsChallenge;
import io.sigillo.otp.api.SmsCodeRequest;
import io.sigillo.otp.api.SmsCodeSettings;
import io.sigillo.otp.api.SmsCodeStatus;
import io.sigillo.otp.api.SmsCodes;
import io.sigillo.otp.api.SmsPurpose;
import io.sigillo.otp.api.SmsVerification;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * SMS codes in the container against PostgreSQL, with the application's SMPP adapter bound to a
 * jSMPP server this test runs on the configured port: every code is read from the {@code submit_sm}
 * the SMSC received. Time moves with {@link PlatformClock#travel}.
 */
@ExtendWith({ArquillianExtension.class, ActsAsPlatform.class})
class SmsCodesIT extends WithSmsc {

  private static final Actor ACTOR = Actor.system("it-portal");
  private static final String MOBILE = "+393331234567";

  @Deployment
  static WebArchive deployment() {
    // one archive for every in-container class: they share one Micro (Deployments.inContainer)
    return Deployments.inContainer();
  }

  @Inject private SmsCodes codes;
  @Inject private AuditLog audit;
  @Inject private PlatformClock platformClock;
  @Inject private Clock clock;

  @Resource private ManagedExecutorService executor;

  @AfterEach
  void resetTime() {
    platformClock.reset();
  }

  private static TenantId freshTenant(String prefix) {
    return TenantId.of(prefix + "-" + UUID.randomUUID().toString().substring(0, 8));
  }

  private SmsChallenge send(TenantId tenant, String owner, SmsPurpose purpose) {
    return codes.send(
        tenant,
        new SmsCodeRequest(owner, MOBILE, purpose, Locale.ITALIAN, "Alpha Fiduciaria"),
        ACTOR);
  }

  private SmsVerification verify(TenantId tenant, SmsChallenge challenge, String code) {
    return codes.verify(tenant, challenge.challengeId(), challenge.purpose(), code, ACTOR);
  }

  private static String wrong(String code) {
    return code.equals("000000") ? "000001" : "000000";
  }

  @Test
  void aCodeTravelsAsASubmitSmToTheMobileAndIsAcceptedOnce() throws Exception {
    TenantId tenant = freshTenant("alpha");
    Instant before = clock.instant();

    SmsChallenge challenge = send(tenant, "mario.rossi", SmsPurpose.RECONFIGURE);

    Smsc.Sms sms = smsc.next();
    assertEquals("393331234567", sms.destination());
    assertEquals("Alpha Fiduc", sms.source(), "the tenant's name as alphanumeric sender");
    assertEquals((byte) 0, sms.dataCoding(), "Italian text in the GSM 7-bit alphabet");
    assertTrue(
        sms.text().startsWith("Alpha Fiduciaria: " + sms.code() + " è il codice"), sms.text());
    assertTrue(sms.text().contains("riconfigurare l'app OTP"), sms.text());
    assertEquals(sms.messageId(), challenge.messageId());
    assertEquals("**********567", challenge.maskedMobile());
    assertEquals(3, challenge.attemptsAllowed());
    assertTrue(
        !challenge.expiresAt().isBefore(before.plus(Duration.ofMinutes(5)))
            && challenge
                .expiresAt()
                .isBefore(clock.instant().plus(Duration.ofMinutes(5)).plusSeconds(1)));
    assertEquals(
        Duration.ofMinutes(4),
        Duration.between(challenge.resendAvailableAt(), challenge.expiresAt()));

    SmsVerification first = verify(tenant, challenge, sms.code());
    SmsVerification second = verify(tenant, challenge, sms.code());

    assertEquals(SmsCodeStatus.VERIFIED, first.status());
    assertEquals("mario.rossi", first.owner());
    assertEquals(SmsCodeStatus.ALREADY_USED, second.status());
    List<AuditEvent> trail =
        audit.recent(tenant, 50).stream()
            .filter(e -> e.subject().equals("sms-challenge:" + challenge.challengeId()))
            .toList();
    assertEquals(3, trail.size());
    assertTrue(trail.stream().anyMatch(e -> e.action().equals("otp.sms.sent")));
    assertTrue(trail.stream().anyMatch(e -> e.detail().endsWith("VERIFIED")));
    assertTrue(
        trail.stream().noneMatch(e -> e.detail().contains(sms.code())), "no code in the audit");
  }

  @Test
  void wrongCodesTellTheAttemptsLeftAndTheThirdExhaustsTheChallenge() throws Exception {
    TenantId tenant = freshTenant("alpha");
    SmsChallenge challenge = send(tenant, "giulia.bianchi", SmsPurpose.LOGIN);
    String code = smsc.next().code();

    SmsVerification one = verify(tenant, challenge, wrong(code));
    SmsVerification two = verify(tenant, challenge, wrong(code));
    SmsVerification three = verify(tenant, challenge, wrong(code));
    SmsVerification right = verify(tenant, challenge, code);

    assertEquals(SmsCodeStatus.WRONG, one.status());
    assertEquals(2, one.remainingAttempts());
    assertEquals(SmsCodeStatus.WRONG, two.status());
    assertEquals(1, two.remainingAttempts());
    assertEquals(SmsCodeStatus.EXHAUSTED, three.status());
    assertEquals(SmsCodeStatus.EXHAUSTED, right.status(), "not even the right code after that");
    SigilloException malformed =
        assertThrows(SigilloException.class, () -> verify(tenant, challenge, "12ab56"));
    assertEquals(OtpError.CODE_MALFORMED, malformed.code());
  }

  @Test
  void aCodeExpiresAfterFiveMinutes() throws Exception {
    TenantId tenant = freshTenant("alpha");
    SmsChallenge challenge = send(tenant, "luca.verdi", SmsPurpose.LOGIN);
    String code = smsc.next().code();

    platformClock.travel(Duration.ofMinutes(6));
    SmsVerification late = verify(tenant, challenge, code);

    assertEquals(SmsCodeStatus.EXPIRED, late.status());
    assertEquals(0, late.remainingAttempts());
  }

  @Test
  void aNewCodeWaitsForTheCooldownAndThenReplacesTheOldOne() throws Exception {
    TenantId tenant = freshTenant("alpha");
    SmsChallenge first = send(tenant, "anna.neri", SmsPurpose.CONTACT_CHANGE);
    String firstCode = smsc.next().code();

    SigilloException tooSoon =
        assertThrows(
            SigilloException.class, () -> send(tenant, "anna.neri", SmsPurpose.CONTACT_CHANGE));
    assertEquals(OtpError.SMS_RESEND_TOO_SOON, tooSoon.code());
    assertTrue(Integer.parseInt(tooSoon.arguments().get(0)) > 50, tooSoon.arguments().toString());
    assertTrue(smsc.nothingReceived(), "no SMS during the cooldown");
    SmsChallenge otherPurpose = send(tenant, "anna.neri", SmsPurpose.RECOVERY);
    smsc.next();

    platformClock.travel(Duration.ofSeconds(61));
    SmsChallenge second = send(tenant, "anna.neri", SmsPurpose.CONTACT_CHANGE);
    String secondCode = smsc.next().code();

    assertNotEquals(first.challengeId(), second.challengeId());
    assertEquals(SmsCodeStatus.EXPIRED, verify(tenant, first, firstCode).status(), "superseded");
    assertEquals(SmsCodeStatus.VERIFIED, verify(tenant, second, secondCode).status());
    SigilloException crossPurpose =
        assertThrows(
            SigilloException.class,
            () ->
                codes.verify(
                    tenant, otherPurpose.challengeId(), SmsPurpose.LOGIN, secondCode, ACTOR));
    assertEquals(OtpError.SMS_CHALLENGE_NOT_FOUND, crossPurpose.code());
  }

  @Test
  void theTenantsHourlyCapStopsFurtherCodesUntilTheHourHasPassed() throws Exception {
    TenantId tenant = freshTenant("alpha");
    codes.updateSettings(tenant, new SmsCodeSettings(300, 3, 10, 2), ACTOR);

    send(tenant, "mario.rossi", SmsPurpose.LOGIN);
    platformClock.travel(Duration.ofSeconds(11));
    send(tenant, "mario.rossi", SmsPurpose.RECOVERY);
    platformClock.travel(Duration.ofSeconds(11));
    SigilloException capped =
        assertThrows(SigilloException.class, () -> send(tenant, "mario.rossi", SmsPurpose.LOGIN));
    SmsChallenge otherPerson = send(tenant, "giulia.bianchi", SmsPurpose.LOGIN);
    platformClock.travel(Duration.ofHours(1));
    SmsChallenge later = send(tenant, "mario.rossi", SmsPurpose.LOGIN);

    assertEquals(OtpError.SMS_SEND_LIMIT, capped.code());
    // it says how long: the first code of the hour was sent 22 s (and the test's own run) before
    assertEquals("60", capped.arguments().get(0));
    long seconds = Long.parseLong(capped.arguments().get(1));
    assertTrue(seconds > 3500 && seconds <= 3578, "the wait in seconds: " + seconds);
    assertTrue(
        io.sigillo.core.error.ErrorCatalogue.describe(capped, Locale.ENGLISH)
            .message()
            .contains("you can ask for another one in 60 minutes"));
    assertEquals(3, otherPerson.attemptsAllowed());
    assertEquals(3, later.attemptsAllowed());
    assertEquals(
        new SmsCodeSettings(300, 3, 60, 5),
        codes.settings(freshTenant("beta")),
        "another tenant keeps the defaults");
  }

  @Test
  void twoConcurrentVerificationsOfOneCodeAcceptItExactlyOnce() throws Exception {
    TenantId tenant = freshTenant("alpha");
    SmsChallenge challenge = send(tenant, "mario.rossi", SmsPurpose.LOGIN);
    String code = smsc.next().code();
    List<Callable<SmsVerification>> attempts = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      attempts.add(() -> verify(tenant, challenge, code));
    }

    List<SmsVerification> results = new ArrayList<>();
    for (Future<SmsVerification> result : executor.invokeAll(attempts)) {
      results.add(result.get());
    }

    Map<SmsCodeStatus, Long> byStatus =
        results.stream()
            .collect(Collectors.groupingBy(SmsVerification::status, Collectors.counting()));
    assertEquals(Map.of(SmsCodeStatus.VERIFIED, 1L, SmsCodeStatus.ALREADY_USED, 7L), byStatus);
  }

  @Test
  void simultaneousSendsToOnePersonPassTheCooldownExactlyOnce() throws Exception {
    TenantId tenant = freshTenant("alpha");
    List<Callable<String>> sends = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      sends.add(
          () -> {
            try {
              return send(tenant, "mario.rossi", SmsPurpose.LOGIN).challengeId();
            } catch (SigilloException e) {
              return e.code().code();
            }
          });
    }

    List<String> outcomes = new ArrayList<>();
    for (Future<String> outcome : executor.invokeAll(sends)) {
      outcomes.add(outcome.get());
    }

    smsc.next();
    assertEquals(
        5L,
        outcomes.stream().filter(OtpError.SMS_RESEND_TOO_SOON.code()::equals).count(),
        outcomes.toString());
    assertTrue(smsc.nothingReceived(), "exactly one SMS left: " + outcomes);
  }

  @Test
  void anotherTenantCanNeitherSeeNorUseTheChallenge() throws Exception {
    TenantId alpha = freshTenant("alpha");
    TenantId beta = freshTenant("beta");
    SmsChallenge challenge = send(alpha, "mario.rossi", SmsPurpose.LOGIN);
    String code = smsc.next().code();

    SigilloException fromBeta =
        assertThrows(SigilloException.class, () -> verify(beta, challenge, code));

    assertEquals(OtpError.SMS_CHALLENGE_NOT_FOUND, fromBeta.code());
    assertEquals(SmsCodeStatus.VERIFIED, verify(alpha, challenge, code).status());
    assertTrue(
        audit.recent(beta, 50).stream()
            .noneMatch(e -> e.subject().contains(challenge.challengeId())));
  }

  @Test
  void anSmsTheSmscRefusesLeavesNoChallengeAndNoCooldown() throws Exception {
    TenantId tenant = freshTenant("alpha");
    smsc.refuseSubmits(true);

    SigilloException refused =
        assertThrows(SigilloException.class, () -> send(tenant, "mario.rossi", SmsPurpose.LOGIN));
    smsc.refuseSubmits(false);
    SmsChallenge retried = send(tenant, "mario.rossi", SmsPurpose.LOGIN);

    assertEquals(OtpError.SMS_NOT_SENT, refused.code());
    assertEquals(SmsCodeStatus.VERIFIED, verify(tenant, retried, smsc.next().code()).status());
  }
}

package io.sigillo.it.sms;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import io.sigillo.otp.api.DeviceStatus;
import io.sigillo.otp.api.DeviceSummary;
import io.sigillo.otp.api.DeviceType;
import io.sigillo.otp.api.NewSmsDevice;
import io.sigillo.otp.api.OtpError;
import io.sigillo.otp.api.OtpRegistry;
import io.sigillo.otp.api.Purpose;
import io.sigillo.otp.api.RejectionReason;
import io.sigillo.otp.api.SmsChallenge;
import io.sigillo.otp.api.SmsEnrolment;
import io.sigillo.otp.api.SmsPurpose;
import io.sigillo.otp.api.ValidationRequest;
import io.sigillo.otp.api.ValidationResult;
import io.sigillo.otp.api.ValidationStatus;
import jakarta.inject.Inject;
import java.time.Duration;
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
 * SMS as a device type of the registry, in the container against PostgreSQL, with codes read from
 * the {@code submit_sm} a jSMPP SMSC received: a number is enrolled and confirmed by the code sent
 * to it, then serves SPID login and signature like any device (replay refused, wrong codes counted
 * towards the device's lockout), next to the person's other devices.
 */
@ExtendWith({ArquillianExtension.class, ActsAsPlatform.class})
class SmsDeviceIT extends WithSmsc {

  private static final Actor ACTOR = Actor.system("it-portal");
  private static final String MOBILE = "+393339876543";

  @Deployment
  static WebArchive deployment() {
    // one archive for every in-container class: they share one Micro (Deployments.inContainer)
    return Deployments.inContainer();
  }

  @Inject private OtpRegistry registry;
  @Inject private AuditLog audit;
  @Inject private PlatformClock platformClock;

  @AfterEach
  void resetTime() {
    platformClock.reset();
  }

  private static TenantId freshTenant() {
    return TenantId.of("smsdev-" + UUID.randomUUID().toString().substring(0, 8));
  }

  private ValidationResult validate(TenantId tenant, long id, Purpose purpose, String code) {
    return registry.validate(tenant, ValidationRequest.forDevice(id, purpose, code), ACTOR);
  }

  private String codeFor(TenantId tenant, long id, Purpose purpose) throws Exception {
    registry.sendSmsCode(tenant, id, purpose, Locale.ITALIAN, "Alpha Fiduciaria", ACTOR);
    return smsc.next().code();
  }

  private SmsEnrolment enrolAndConfirm(TenantId tenant, String owner) throws Exception {
    SmsEnrolment enrolment =
        registry.enrolSms(
            tenant, new NewSmsDevice(owner, MOBILE, Locale.ITALIAN, "Alpha Fiduciaria"), ACTOR);
    Smsc.Sms sms = smsc.next();
    assertTrue(sms.text().contains("confermare questo numero"), sms.text());
    assertEquals(
        ValidationStatus.ACCEPTED,
        registry.confirm(tenant, enrolment.device().id(), sms.code(), ACTOR).status());
    return enrolment;
  }

  @Test
  void aNumberConfirmedByItsFirstCodeServesLoginAndSignatureAndAUsedCodeIsRefused()
      throws Exception {
    TenantId tenant = freshTenant();
    SmsEnrolment enrolment =
        registry.enrolSms(
            tenant,
            new NewSmsDevice("mario.rossi", "+39 333 987 6543", Locale.ITALIAN, "Alpha Fiduciaria"),
            ACTOR);
    long id = enrolment.device().id();
    assertEquals(DeviceType.SMS, enrolment.device().type());
    assertEquals(DeviceStatus.PENDING, enrolment.device().status());
    assertEquals(SmsPurpose.CONTACT_CHANGE, enrolment.confirmation().purpose());
    assertEquals("**********543", enrolment.confirmation().maskedMobile());
    Smsc.Sms confirmation = smsc.next();
    assertEquals("393339876543", confirmation.destination());
    assertEquals(
        ValidationStatus.NOT_ACTIVE,
        validate(tenant, id, Purpose.LOGIN, confirmation.code()).status(),
        "a pending number validates nothing");

    assertEquals(
        ValidationStatus.ACCEPTED,
        registry.confirm(tenant, id, confirmation.code(), ACTOR).status());
    assertEquals(DeviceStatus.ACTIVE, registry.find(tenant, id).orElseThrow().status());

    platformClock.travel(Duration.ofSeconds(61));
    String login = codeFor(tenant, id, Purpose.LOGIN);
    ValidationResult accepted = validate(tenant, id, Purpose.LOGIN, login);
    ValidationResult replayed = validate(tenant, id, Purpose.LOGIN, login);
    assertEquals(ValidationStatus.ACCEPTED, accepted.status());
    assertEquals(ValidationStatus.REJECTED, replayed.status());
    assertEquals(RejectionReason.REPLAYED, replayed.reason().orElseThrow());

    registry.sendSmsCode(tenant, id, Purpose.SIGN, Locale.ITALIAN, "Alpha Fiduciaria", ACTOR);
    Smsc.Sms sign = smsc.next();
    assertTrue(sign.text().contains("autorizzare la firma"), sign.text());
    assertEquals(
        ValidationStatus.REJECTED,
        validate(tenant, id, Purpose.LOGIN, sign.code()).status(),
        "a signature code does not log in");
    assertEquals(
        ValidationStatus.ACCEPTED, validate(tenant, id, Purpose.SIGN, sign.code()).status());

    List<DeviceSummary> devices = registry.devicesOf(tenant, "mario.rossi");
    assertEquals(1, devices.size());
    assertTrue(devices.get(0).headroom().isEmpty(), "no window to use up");
    List<String> actions =
        audit.recent(tenant, 50).stream().map(AuditEvent::action).distinct().toList();
    assertTrue(
        actions.containsAll(List.of("otp.device.enrolled", "otp.sms.sent")), actions.toString());
  }

  @Test
  void wrongCodesCountTowardsTheDevicesLockoutAndALockedNumberGetsNoCode() throws Exception {
    TenantId tenant = freshTenant();
    long id = enrolAndConfirm(tenant, "anna.neri").device().id();
    platformClock.travel(Duration.ofSeconds(61));
    String code = codeFor(tenant, id, Purpose.LOGIN);
    String wrong = code.equals("000000") ? "000001" : "000000";

    ValidationResult first = validate(tenant, id, Purpose.LOGIN, wrong);
    assertEquals(ValidationStatus.REJECTED, first.status());
    assertEquals(RejectionReason.NO_MATCH, first.reason().orElseThrow());
    assertEquals(4, first.remainingAttempts());
    assertEquals(ValidationStatus.ACCEPTED, validate(tenant, id, Purpose.LOGIN, code).status());

    for (int i = 0; i < 5; i++) {
      platformClock.travel(Duration.ofMinutes(30));
      validate(tenant, id, Purpose.LOGIN, wrong);
    }
    assertEquals(ValidationStatus.LOCKED, validate(tenant, id, Purpose.LOGIN, wrong).status());
    SigilloException locked =
        assertThrows(
            SigilloException.class,
            () -> registry.sendSmsCode(tenant, id, Purpose.LOGIN, Locale.ITALIAN, "A", ACTOR));
    assertEquals(OtpError.DEVICE_LOCKED, locked.code());
  }

  @Test
  void aNumberThatIsNoMobileIsRefusedAndAnotherTenantCannotSendToTheDevice() throws Exception {
    TenantId tenant = freshTenant();
    SigilloException malformed =
        assertThrows(
            SigilloException.class,
            () ->
                registry.enrolSms(
                    tenant, new NewSmsDevice("luca.verdi", "333 12", Locale.ITALIAN, "A"), ACTOR));
    assertEquals(OtpError.SMS_MOBILE_INVALID, malformed.code());

    long id = enrolAndConfirm(tenant, "luca.verdi").device().id();
    SigilloException elsewhere =
        assertThrows(
            SigilloException.class,
            () ->
                registry.sendSmsCode(freshTenant(), id, Purpose.LOGIN, Locale.ITALIAN, "A", ACTOR));
    assertEquals(OtpError.DEVICE_NOT_FOUND, elsewhere.code());
    assertTrue(smsc.nothingReceived());
    SmsChallenge again =
        registry.sendSmsCode(tenant, id, Purpose.LOGIN, Locale.ENGLISH, "Alpha", ACTOR);
    assertEquals(SmsPurpose.LOGIN, again.purpose());
    assertTrue(smsc.next().text().contains("sign in"));
  }
}

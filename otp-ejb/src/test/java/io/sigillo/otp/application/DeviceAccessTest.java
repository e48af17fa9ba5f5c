package io.sigillo.otp.application;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sigillo.core.audit.Actor;
import io.sigillo.core.error.SigilloException;
import io.sigillo.core.security.Assurance;
import io.sigillo.core.security.Role;
import io.sigillo.core.tenant.TenantId;
import io.sigillo.otp.api.OtpError;
import io.sigillo.otp.api.Purpose;
import io.sigillo.otp.domain.OtpDevice;
import io.sigillo.otp.domain.OtpParameters;
import java.time.Instant;
import java.util.Set;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class DeviceAccessTest {

  private static final TenantId TENANT = TenantId.of("alpha");
  private static final Instant NOW = Instant.parse("2026-12-07T10:00:00Z");

  /** The rules with a fixed answer to "does this device authorise signatures?". */
  private static DeviceAccess access(boolean signing) {
    return new DeviceAccess() {
      @Override
      boolean servesSigning(TenantId tenant, OtpDevice device) {
        return signing;
      }
    };
  }

  private static Actor person(String name, Assurance assurance) {
    return Actor.person(name, "", assurance);
  }

  private static Actor operator() {
    return operator(Assurance.LEVEL_2);
  }

  private static Actor operator(Assurance assurance) {
    return new Actor("op", "", assurance, Set.of(Role.OPERATOR), false);
  }

  private static Actor backEnd() {
    return new Actor(
        "portal-alpha", "", Assurance.NONE, Set.of(Role.OPERATOR, Role.SERVICE), false);
  }

  private static OtpDevice app(String owner) {
    return OtpDevice.enrolTotp(owner, OtpParameters.defaults(), NOW);
  }

  private static OtpDevice token(String owner) {
    return OtpDevice.enrolHotp(owner, "T-1", OtpParameters.defaults(), 0, NOW);
  }

  private static void refused(ThrowingCallable call, OtpError code) {
    assertThatThrownBy(call)
        .isInstanceOf(SigilloException.class)
        .extracting(e -> ((SigilloException) e).code())
        .isEqualTo(code);
  }

  @Test
  void onlyTheOwnerAtLevelTwoEnrolsAnApp() {
    DeviceAccess rules = access(false);
    assertThatCode(() -> rules.enrol("anna", person("anna", Assurance.LEVEL_2)))
        .doesNotThrowAnyException();
    refused(
        () -> rules.enrol("anna", person("anna", Assurance.LEVEL_1)), OtpError.LEVEL_2_REQUIRED);
    refused(
        () -> rules.enrol("anna", person("anna", Assurance.RECOVERY)), OtpError.LEVEL_2_REQUIRED);
    refused(
        () -> rules.enrol("anna", person("mario", Assurance.LEVEL_2)),
        OtpError.ENROLMENT_BY_OWNER_ONLY);
    refused(() -> rules.enrol("anna", operator()), OtpError.ENROLMENT_BY_OWNER_ONLY);
    assertThatCode(() -> rules.enrol("anna", Actor.system("seeder"))).doesNotThrowAnyException();
  }

  @Test
  void aRaisedActorIsAtLevelTwoOnlyForWhatItRaisedItself() {
    Actor raised = person("anna", Assurance.RECOVERY).atLevelTwo();
    assertThatCode(() -> access(false).enrol("anna", raised)).doesNotThrowAnyException();
    refused(
        () -> access(true).retire(TENANT, app("anna"), raised),
        OtpError.SIGNATURE_DEVICE_PROTECTED);
  }

  @Test
  void staffConfirmATokenTheyRegisteredButNeverAnApp() {
    DeviceAccess rules = access(false);
    assertThatCode(() -> rules.confirm(token("anna"), operator())).doesNotThrowAnyException();
    refused(() -> rules.confirm(app("anna"), operator()), OtpError.ENROLMENT_BY_OWNER_ONLY);
    refused(
        () -> rules.confirm(app("anna"), person("anna", Assurance.LEVEL_1)),
        OtpError.LEVEL_2_REQUIRED);
  }

  @Test
  void aSignatureDeviceIsUsedOrRetiredOnlyWithTheSignaturePassword() {
    DeviceAccess rules = access(true);
    Actor session = person("anna", Assurance.LEVEL_2);
    refused(
        () -> rules.validate(TENANT, token("anna"), Purpose.SIGN, session),
        OtpError.SIGNATURE_DEVICE_PROTECTED);
    refused(
        () -> rules.validate(TENANT, token("anna"), Purpose.LOGIN, session),
        OtpError.SIGNATURE_DEVICE_PROTECTED);
    refused(
        () -> rules.resynchronise(TENANT, token("anna"), session),
        OtpError.SIGNATURE_DEVICE_PROTECTED);
    refused(
        () -> rules.retire(TENANT, token("anna"), session), OtpError.SIGNATURE_DEVICE_PROTECTED);
    // the app that also signs stays the person's level-2 login
    assertThatCode(() -> rules.validate(TENANT, app("anna"), Purpose.LOGIN, session))
        .doesNotThrowAnyException();
    Actor signing = session.withSignaturePassword();
    assertThatCode(() -> rules.validate(TENANT, token("anna"), Purpose.SIGN, signing))
        .doesNotThrowAnyException();
    assertThatCode(() -> rules.retire(TENANT, token("anna"), signing)).doesNotThrowAnyException();
    assertThatCode(() -> rules.retire(TENANT, token("anna"), operator()))
        .doesNotThrowAnyException();
  }

  @Test
  void aPersonNeverReachesAnotherPersonsDeviceAndOnlyStaffUnlock() {
    DeviceAccess rules = access(false);
    refused(
        () -> rules.retire(TENANT, app("anna"), person("mario", Assurance.LEVEL_2)),
        OtpError.DEVICE_NOT_FOUND);
    refused(
        () -> rules.retire(TENANT, app("anna"), person("anna", Assurance.LEVEL_1)),
        OtpError.LEVEL_2_REQUIRED);
    refused(() -> rules.staff(person("anna", Assurance.LEVEL_2)), OtpError.STAFF_ONLY);
    assertThatCode(() -> rules.staff(operator())).doesNotThrowAnyException();
    assertThatCode(() -> rules.staff(backEnd())).doesNotThrowAnyException();
  }

  @Test
  void staffWithThePasswordAloneHaveNoStaffPower() {
    DeviceAccess rules = access(false);
    for (Assurance weak : new Assurance[] {Assurance.LEVEL_1, Assurance.RECOVERY}) {
      Actor operator = operator(weak);
      refused(() -> rules.staff(operator), OtpError.LEVEL_2_REQUIRED);
      refused(() -> rules.registerToken(operator), OtpError.LEVEL_2_REQUIRED);
      refused(() -> rules.retire(TENANT, app("anna"), operator), OtpError.LEVEL_2_REQUIRED);
      refused(() -> rules.confirm(token("anna"), operator), OtpError.ENROLMENT_BY_OWNER_ONLY);
    }
    assertThatCode(() -> rules.registerToken(backEnd())).doesNotThrowAnyException();
  }

  @Test
  void staffEnrolTheirOwnDeviceAtLevelTwoAndNobodyElses() {
    DeviceAccess rules = access(false);
    assertThatCode(() -> rules.enrol("op", operator())).doesNotThrowAnyException();
    refused(() -> rules.enrol("op", operator(Assurance.LEVEL_1)), OtpError.LEVEL_2_REQUIRED);
    refused(() -> rules.enrol("anna", operator()), OtpError.ENROLMENT_BY_OWNER_ONLY);
    refused(() -> rules.enrol("portal-alpha", backEnd()), OtpError.ENROLMENT_BY_OWNER_ONLY);
  }

  @Test
  void keycloaksLevelTwoStepChecksAnyonesAppForASignInAndNothingElse() {
    DeviceAccess rules = access(true);
    Actor broker =
        new Actor(
            "service-account-sigillo-level-two",
            "",
            Assurance.NONE,
            Set.of(Role.LOGIN_BROKER),
            false);
    assertThatCode(() -> rules.validate(TENANT, app("anna"), Purpose.LOGIN, broker))
        .as("an app that also authorises signatures still signs its owner in")
        .doesNotThrowAnyException();
    refused(
        () -> rules.validate(TENANT, app("anna"), Purpose.SIGN, broker),
        OtpError.LOGIN_BROKER_LOGIN_ONLY);
    refused(
        () -> rules.validate(TENANT, token("anna"), Purpose.LOGIN, broker),
        OtpError.LOGIN_BROKER_LOGIN_ONLY);
    refused(() -> rules.enrol("anna", broker), OtpError.ENROLMENT_BY_OWNER_ONLY);
    refused(() -> rules.confirm(app("anna"), broker), OtpError.ENROLMENT_BY_OWNER_ONLY);
    refused(() -> rules.staff(broker), OtpError.STAFF_ONLY);
    refused(() -> rules.retire(TENANT, app("anna"), broker), OtpError.LOGIN_BROKER_LOGIN_ONLY);
    OtpDevice named = app(broker.name());
    refused(() -> rules.resynchronise(TENANT, named, broker), OtpError.LOGIN_BROKER_LOGIN_ONLY);
  }
}

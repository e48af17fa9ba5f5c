package io.sigillo.identity.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sigillo.core.audit.Actor;
import io.sigillo.core.error.SigilloException;
import io.sigillo.core.security.Assurance;
import io.sigillo.core.security.Role;
import io.sigillo.core.tenant.TenantId;
import io.sigillo.identity.api.CodeChannel;
import io.sigillo.identity.api.IdentityError;
import io.sigillo.identity.api.IdentityStatus;
import io.sigillo.identity.api.LevelTwoMethods;
import io.sigillo.identity.domain.Identity;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/**
 * Who may run which credential step for whom, decided by the identity bean before any flow runs:
 * Keycloak's level-2 step checks sign-in codes for any person of the tenant and does nothing else;
 * a person acts only for themselves. The bean is called without its flows, so a call the rule lets
 * through would fail on the missing flow instead, and the assertions tell the two apart.
 */
class LevelTwoCallersTest {

  private static final TenantId TENANT = TenantId.of("alpha");
  private static final Locale IT = Locale.ITALIAN;
  private static final Instant NOW = Instant.parse("2026-12-07T10:00:00Z");

  private static final Actor BROKER =
      new Actor(
          "service-account-sigillo-level-two",
          "corr",
          Assurance.NONE,
          Set.of(Role.LOGIN_BROKER),
          false);

  private final IdentityCredentialsBean bean = new IdentityCredentialsBean();

  private static Actor person(String name) {
    return Actor.person(name, "corr", Assurance.LEVEL_2);
  }

  private static void refused(ThrowingCallable call, IdentityError code) {
    assertThatThrownBy(call)
        .isInstanceOf(SigilloException.class)
        .extracting(e -> ((SigilloException) e).code())
        .isEqualTo(code);
  }

  /** Every operation that is not the level-2 login check, as the given actor for anna. */
  private List<ThrowingCallable> everythingElse(Actor actor) {
    return List.of(
        () -> bean.startReconfigure(TENANT, "anna", IT, "Alpha", actor),
        () -> bean.verifyReconfigure(TENANT, "anna", "c", "123456", IT, "Alpha", actor),
        () -> bean.confirmNewApp(TENANT, "anna", 1L, "123456", IT, "Alpha", actor),
        () -> bean.startRecovery(TENANT, "anna", CodeChannel.SMS, IT, "Alpha", actor),
        () ->
            bean.verifyRecovery(TENANT, "anna", "c", CodeChannel.SMS, "123456", IT, "Alpha", actor),
        () -> bean.startMobileChange(TENANT, "anna", "+393339999999", IT, "Alpha", actor),
        () -> bean.verifyMobileChangeEmail(TENANT, "anna", "c", "123456", IT, "Alpha", actor),
        () -> bean.verifyMobileChangeSms(TENANT, "anna", "c", "123456", IT, "Alpha", actor));
  }

  @Test
  void keycloaksLevelTwoStepIsRefusedEveryOperationButTheLoginCheck() {
    for (ThrowingCallable call : everythingElse(BROKER)) {
      refused(call, IdentityError.LOGIN_BROKER_LIMITED);
    }
  }

  @Test
  void keycloaksLevelTwoStepRunsTheLoginCheckForAnyPersonOfTheTenant() {
    for (String username : List.of("anna", "mario.rossi")) {
      Requester requester = Requester.forLogin(TENANT, username, IT, "Alpha", BROKER);
      assertThat(requester.username()).isEqualTo(username);
      // the audit trail and the registry see the step itself, not the person
      assertThat(requester.actor()).isSameAs(BROKER);
    }
    // let through by the rule, the call reaches the (here missing) flow
    assertThatThrownBy(() -> bean.checkAppCode(TENANT, "anna", "123456", IT, "Alpha", BROKER))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> bean.levelTwoMethods(TENANT, "anna", BROKER))
        .isInstanceOf(NullPointerException.class);
  }

  @Test
  void aPersonActsOnlyForThemselvesAndSomebodyElsesIdentityIsNotFound() {
    Actor mario = person("mario");
    refused(
        () -> bean.checkAppCode(TENANT, "anna", "123456", IT, "Alpha", mario),
        IdentityError.IDENTITY_NOT_FOUND);
    refused(
        () -> bean.sendLoginSms(TENANT, "anna", IT, "Alpha", mario),
        IdentityError.IDENTITY_NOT_FOUND);
    refused(
        () -> bean.checkLoginSms(TENANT, "anna", "c", "123456", IT, "Alpha", mario),
        IdentityError.IDENTITY_NOT_FOUND);
    refused(() -> bean.levelTwoMethods(TENANT, "anna", mario), IdentityError.IDENTITY_NOT_FOUND);
    for (ThrowingCallable call : everythingElse(mario)) {
      refused(call, IdentityError.IDENTITY_NOT_FOUND);
    }
    // the same person, as the portal passes them, and the platform for anyone
    assertThat(Requester.forOwn(TENANT, "Anna ", IT, "Alpha", person("anna")).username())
        .isEqualTo("Anna ");
    assertThat(Requester.forOwn(TENANT, "anna", IT, "Alpha", Actor.system("seeder")).actor())
        .isEqualTo(Actor.system("seeder"));
  }

  @Test
  void aSignInIsOfferedWhatTheChecksWouldAccept() {
    Identity anna = Identity.register("anna", "Anna", "Bianchi", null, "+393331234567", NOW);
    assertThat(LevelTwoFlow.methods(anna, true))
        .isEqualTo(
            new LevelTwoMethods(
                Optional.of(IdentityStatus.ACTIVE), true, true, Optional.of("**********567")));
    assertThat(LevelTwoFlow.methods(anna, false).app()).isFalse();

    Identity noMobile = Identity.register("paolo", "Paolo", "Gallo", null, null, NOW);
    assertThat(LevelTwoFlow.methods(noMobile, true))
        .isEqualTo(
            new LevelTwoMethods(Optional.of(IdentityStatus.ACTIVE), true, false, Optional.empty()));

    Identity recovered = Identity.register("sara", "Sara", "Esposito", null, "+393331234567", NOW);
    recovered.suspendSecondFactor();
    assertThat(LevelTwoFlow.methods(recovered, true))
        .as("after a recovery every code is refused until the app is associated again")
        .isEqualTo(
            new LevelTwoMethods(
                Optional.of(IdentityStatus.ACTIVE), false, false, Optional.empty()));

    Identity revoked = Identity.register("luca", "Luca", "Neri", null, "+393331234567", NOW);
    revoked.revoke("test", NOW);
    assertThat(LevelTwoFlow.methods(revoked, true))
        .isEqualTo(
            new LevelTwoMethods(
                Optional.of(IdentityStatus.REVOKED), false, false, Optional.empty()));

    assertThat(LevelTwoMethods.none().identity()).isEmpty();
  }
}

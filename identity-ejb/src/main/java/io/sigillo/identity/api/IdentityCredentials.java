package io.sigillo.identity.api;

import io.sigillo.core.audit.Actor;
import io.sigillo.core.tenant.TenantId;
import jakarta.ejb.Local;
import java.util.Locale;

/**
 * The level-2 credentials of a tenant's identities and the self-care flows around them: the level-2
 * login check, the re-association of the OTP app after an SMS code, the change of the registered
 * mobile number and the recovery when the phone is lost.
 *
 * <p>Codes are answered with outcomes, not exceptions, so that wrong attempts commit their count
 * and their audit event. The caller (the portal) has authenticated the person at level 1 and, for
 * the mobile change, checked the password again; {@code username} is that person, and an actor
 * naming anybody else is answered as if the identity did not exist ({@code IDN-001}). The one
 * exception is Keycloak's level-2 step ({@code Role.LOGIN_BROKER}): it runs the login check ({@link
 * #levelTwoMethods}, {@link #checkAppCode}, {@link #sendLoginSms}, {@link #checkLoginSms}) for any
 * person of the tenant, and every other operation refuses it ({@code IDN-018}). Every change is
 * audited, under the actor's name; changes of credentials are notified by e-mail to the registered
 * address.
 */
@Local
public interface IdentityCredentials {

  CredentialOverview overview(TenantId tenant, String username);

  /**
   * The person's level-2 methods as a sign-in step offers them; {@link LevelTwoMethods#none()} for
   * someone without an identity on the tenant. Reads only: nothing is audited.
   */
  LevelTwoMethods levelTwoMethods(TenantId tenant, String username, Actor actor);

  /** A code of the person's OTP app for a level-2 login (registry purpose LOGIN). */
  SecondFactorOutcome checkAppCode(
      TenantId tenant, String username, String code, Locale locale, String senderName, Actor actor);

  /** Sends a level-2 login code by SMS to the registered mobile number. */
  CodeSent sendLoginSms(
      TenantId tenant, String username, Locale locale, String senderName, Actor actor);

  SecondFactorOutcome checkLoginSms(
      TenantId tenant,
      String username,
      String challengeId,
      String code,
      Locale locale,
      String senderName,
      Actor actor);

  /**
   * First step of the re-association: an SMS code to the registered mobile. Asking again is the
   * resend, refused during the cooldown.
   */
  CodeSent startReconfigure(
      TenantId tenant, String username, Locale locale, String senderName, Actor actor);

  /**
   * The SMS code of the re-association: verified, the old app is revoked and a new one enrolled,
   * pending until its first code. The app lists the account under {@code senderName}, the tenant's
   * name, as every message of the flow is signed.
   */
  ReconfigureStep verifyReconfigure(
      TenantId tenant,
      String username,
      String challengeId,
      String code,
      Locale locale,
      String senderName,
      Actor actor);

  /**
   * The first code of the new app: accepted, the association is complete, level 2 is active again
   * and an e-mail notice goes to the registered address.
   */
  SecondFactorOutcome confirmNewApp(
      TenantId tenant,
      String username,
      long deviceId,
      String code,
      Locale locale,
      String senderName,
      Actor actor);

  /** Sends a recovery code to the registered mobile or e-mail address. */
  CodeSent startRecovery(
      TenantId tenant,
      String username,
      CodeChannel channel,
      Locale locale,
      String senderName,
      Actor actor);

  /**
   * The recovery code: verified, level 2 is suspended (the holder can no longer produce codes), the
   * event is audited and notified by e-mail.
   */
  CodeOutcome verifyRecovery(
      TenantId tenant,
      String username,
      String challengeId,
      CodeChannel channel,
      String code,
      Locale locale,
      String senderName,
      Actor actor);

  /**
   * First step of a mobile change, after the password was checked again: a code to the registered
   * e-mail address.
   */
  CodeSent startMobileChange(
      TenantId tenant,
      String username,
      String newMobile,
      Locale locale,
      String senderName,
      Actor actor);

  /** The e-mail code of a mobile change: verified, a code is sent by SMS to the new number. */
  MobileChangeStep verifyMobileChangeEmail(
      TenantId tenant,
      String username,
      String challengeId,
      String code,
      Locale locale,
      String senderName,
      Actor actor);

  /** The SMS code sent to the new number: verified, the number becomes the registered one. */
  CodeOutcome verifyMobileChangeSms(
      TenantId tenant,
      String username,
      String smsChallengeId,
      String code,
      Locale locale,
      String senderName,
      Actor actor);
}

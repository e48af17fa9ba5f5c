package io.sigillo.identity.application;

import io.sigillo.core.audit.Actor;
import io.sigillo.core.security.Roles;
import io.sigillo.core.tenant.TenantId;
import io.sigillo.identity.api.CodeChannel;
import io.sigillo.identity.api.CodeOutcome;
import io.sigillo.identity.api.CodeSent;
import io.sigillo.identity.api.CredentialOverview;
import io.sigillo.identity.api.IdentityCredentials;
import io.sigillo.identity.api.LevelTwoMethods;
import io.sigillo.identity.api.MobileChangeStep;
import io.sigillo.identity.api.ReconfigureStep;
import io.sigillo.identity.api.SecondFactorOutcome;
import io.sigillo.identity.infrastructure.persistence.IdentityTenantBinding;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import java.util.Locale;

/**
 * Level-2 credentials and their self-care flows: the transaction, tenant and role boundary in front
 * of one class per flow ({@link LevelTwoFlow}, {@link AppReassociationFlow}, {@link RecoveryFlow},
 * {@link MobileChangeFlow}). The OTP app is the person's app in the shared registry (owner =
 * username), SMS codes come from the registry's SMS service; e-mail codes are this module's ({@link
 * EmailCodes}). Everything a flow changes commits together with the code that authorised it.
 *
 * <p>Who may act for whom is decided here, by {@link Requester#forLogin} and {@link
 * Requester#forOwn}, before any flow runs; the container's roles are the outer fence.
 */
@Stateless
@Interceptors(IdentityTenantBinding.class)
@DeclareRoles({
  Roles.USER,
  Roles.OPERATOR,
  Roles.PLATFORM_ADMIN,
  Roles.SERVICE,
  Roles.LOGIN_BROKER,
  Roles.SYSTEM
})
// a person's own credentials: staff prove their second factor too; Keycloak's level-2 step
// (LOGIN_BROKER) only on the login check's methods, and Requester refuses it everything else
@RolesAllowed({Roles.USER, Roles.OPERATOR, Roles.PLATFORM_ADMIN, Roles.SYSTEM})
public class IdentityCredentialsBean implements IdentityCredentials {

  @Inject private LevelTwoFlow levelTwo;
  @Inject private AppReassociationFlow reassociation;
  @Inject private RecoveryFlow recovery;
  @Inject private MobileChangeFlow mobileChange;

  @Override
  public CredentialOverview overview(TenantId tenant, String username) {
    return levelTwo.overview(tenant, username);
  }

  @Override
  @RolesAllowed({
    Roles.USER,
    Roles.OPERATOR,
    Roles.PLATFORM_ADMIN,
    Roles.LOGIN_BROKER,
    Roles.SYSTEM
  })
  public LevelTwoMethods levelTwoMethods(TenantId tenant, String username, Actor actor) {
    return levelTwo.methods(Requester.forLogin(tenant, username, Locale.ITALIAN, "", actor));
  }

  @Override
  @RolesAllowed({
    Roles.USER,
    Roles.OPERATOR,
    Roles.PLATFORM_ADMIN,
    Roles.LOGIN_BROKER,
    Roles.SYSTEM
  })
  public SecondFactorOutcome checkAppCode(
      TenantId tenant,
      String username,
      String code,
      Locale locale,
      String senderName,
      Actor actor) {
    return levelTwo.checkAppCode(
        Requester.forLogin(tenant, username, locale, senderName, actor), code);
  }

  @Override
  @RolesAllowed({
    Roles.USER,
    Roles.OPERATOR,
    Roles.PLATFORM_ADMIN,
    Roles.LOGIN_BROKER,
    Roles.SYSTEM
  })
  public CodeSent sendLoginSms(
      TenantId tenant, String username, Locale locale, String senderName, Actor actor) {
    return levelTwo.sendLoginSms(Requester.forLogin(tenant, username, locale, senderName, actor));
  }

  @Override
  @RolesAllowed({
    Roles.USER,
    Roles.OPERATOR,
    Roles.PLATFORM_ADMIN,
    Roles.LOGIN_BROKER,
    Roles.SYSTEM
  })
  public SecondFactorOutcome checkLoginSms(
      TenantId tenant,
      String username,
      String challengeId,
      String code,
      Locale locale,
      String senderName,
      Actor actor) {
    return levelTwo.checkLoginSms(
        Requester.forLogin(tenant, username, locale, senderName, actor), challengeId, code);
  }

  @Override
  public CodeSent startReconfigure(
      TenantId tenant, String username, Locale locale, String senderName, Actor actor) {
    return reassociation.start(Requester.forOwn(tenant, username, locale, senderName, actor));
  }

  @Override
  public ReconfigureStep verifyReconfigure(
      TenantId tenant,
      String username,
      String challengeId,
      String code,
      Locale locale,
      String senderName,
      Actor actor) {
    return reassociation.verify(
        Requester.forOwn(tenant, username, locale, senderName, actor), challengeId, code);
  }

  @Override
  public SecondFactorOutcome confirmNewApp(
      TenantId tenant,
      String username,
      long deviceId,
      String code,
      Locale locale,
      String senderName,
      Actor actor) {
    return reassociation.confirm(
        Requester.forOwn(tenant, username, locale, senderName, actor), deviceId, code);
  }

  @Override
  public CodeSent startRecovery(
      TenantId tenant,
      String username,
      CodeChannel channel,
      Locale locale,
      String senderName,
      Actor actor) {
    return recovery.start(Requester.forOwn(tenant, username, locale, senderName, actor), channel);
  }

  @Override
  public CodeOutcome verifyRecovery(
      TenantId tenant,
      String username,
      String challengeId,
      CodeChannel channel,
      String code,
      Locale locale,
      String senderName,
      Actor actor) {
    return recovery.verify(
        Requester.forOwn(tenant, username, locale, senderName, actor), challengeId, channel, code);
  }

  @Override
  public CodeSent startMobileChange(
      TenantId tenant,
      String username,
      String newMobile,
      Locale locale,
      String senderName,
      Actor actor) {
    return mobileChange.start(
        Requester.forOwn(tenant, username, locale, senderName, actor), newMobile);
  }

  @Override
  public MobileChangeStep verifyMobileChangeEmail(
      TenantId tenant,
      String username,
      String challengeId,
      String code,
      Locale locale,
      String senderName,
      Actor actor) {
    return mobileChange.verifyEmail(
        Requester.forOwn(tenant, username, locale, senderName, actor), challengeId, code);
  }

  @Override
  public CodeOutcome verifyMobileChangeSms(
      TenantId tenant,
      String username,
      String smsChallengeId,
      String code,
      Locale locale,
      String senderName,
      Actor actor) {
    return mobileChange.verifySms(
        Requester.forOwn(tenant, username, locale, senderName, actor), smsChallengeId, code);
  }
}

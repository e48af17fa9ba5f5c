package io.sigillo.identity.api;

import io.sigillo.core.audit.Actor;
import io.sigillo.core.tenant.TenantId;
import jakarta.ejb.Local;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Enrolment of customers by the tenant's operators (the operator role at level 2, checked here):
 * the personal data checked against the codice fiscale, the identity-proofing record with the
 * document scans (encrypted at rest), the contacts proven by codes the customer reads out, then a
 * login account with no password and an activation e-mail. Audited under the operator's name.
 */
@Local
public interface Enrolments {

  /**
   * Checks everything, records the identity as {@link IdentityStatus#PENDING} with its proofing
   * record and scans, creates its login account without a password as a member of the tenant, and
   * sends a code to the mobile number and one to the e-mail address. Bad data is refused with a
   * catalogued error and nothing is stored.
   */
  EnrolmentStarted start(
      TenantId tenant,
      NewEnrolment enrolment,
      List<DocumentScanUpload> scans,
      Locale locale,
      String senderName,
      Actor actor);

  /**
   * Checks the codes of the contacts not yet proven; when both are proven the identity becomes
   * active and the activation e-mail goes out with a single-use link ({@code activationLink} +
   * token) to set the password of the login account created at the start (which has none). A
   * contact without a challenge id (no code sent to it since the operator came back) is left as it
   * is.
   */
  ContactConfirmation confirmContacts(
      TenantId tenant,
      String username,
      String smsChallengeId,
      String smsCode,
      String emailCodeId,
      String emailCode,
      Locale locale,
      String senderName,
      String activationLink,
      Actor actor);

  /**
   * The enrolment of a {@link IdentityStatus#PENDING} identity, for an operator who comes back to
   * it: {@link IdentityError#IDENTITY_NOT_FOUND} for nobody of the tenant, {@link
   * IdentityError#ENROLMENT_NOT_PENDING} for an identity in any other state.
   */
  PendingEnrolment pending(TenantId tenant, String username, Actor actor);

  /**
   * A new code to one contact of a {@link IdentityStatus#PENDING} enrolment that is not proven yet
   * (a code lost, expired or with its attempts used up): the earlier code of that contact stops
   * working. The SMS follows the tenant's SMS code rules (pause between two codes, codes per hour),
   * the e-mail a minute between two codes; too soon is {@link
   * IdentityError#ENROLMENT_RESEND_TOO_SOON} with the seconds to wait. Refused for nobody of the
   * tenant ({@link IdentityError#IDENTITY_NOT_FOUND}), an identity not pending ({@link
   * IdentityError#ENROLMENT_NOT_PENDING}) or a contact already proven ({@link
   * IdentityError#CONTACT_ALREADY_PROVEN}). Audited under the operator's name.
   */
  CodeSent resendContactCode(
      TenantId tenant,
      String username,
      CodeChannel channel,
      Locale locale,
      String senderName,
      Actor actor);

  /**
   * A new activation link for an enrolled customer who has not chosen a password yet (a lost or
   * expired e-mail): the earlier links stop working. Refused ({@link
   * IdentityError#ENROLMENT_STEP_CLOSED}) once the password is set, or for an identity not active.
   * Returns the masked address the link went to.
   */
  String sendActivation(
      TenantId tenant,
      String username,
      Locale locale,
      String senderName,
      String activationLink,
      Actor actor);

  /** The proofing record of a person of the tenant, if they were enrolled with one. */
  Optional<ProofingRecord> proofing(TenantId tenant, String username, Actor actor);

  /** Opens one scan of the person's proofing record; audited. */
  DocumentScan scan(TenantId tenant, String username, long scanId, Actor actor);
}

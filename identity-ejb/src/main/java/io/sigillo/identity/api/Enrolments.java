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
   * token) to set the password of the login account created at the start (which has none).
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

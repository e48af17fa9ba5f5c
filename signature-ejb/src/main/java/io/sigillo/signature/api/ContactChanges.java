package io.sigillo.signature.api;

import io.sigillo.core.audit.Actor;
import io.sigillo.core.tenant.TenantId;
import jakarta.ejb.Local;
import java.util.Locale;

/**
 * Change of the holder's mobile number or e-mail: remote-signature password, the new contact, a
 * code sent to the new contact, an OTP of the signature device, then the change is saved, audited
 * and the old contact is told. The new contact must not belong to another holder of the platform;
 * that is checked only once the code sent to it is proven, so that the answer tells nothing to
 * someone who does not control the contact ({@link SignatureError#CONTACT_UNAVAILABLE}).
 */
@Local
public interface ContactChanges {

  /**
   * Checks the password and the form of the new contact and sends the code: by SMS to a new mobile
   * number, by e-mail to a new address. A holder starts at most a few changes an hour ({@link
   * SignatureError#CONTACT_CHANGES_TOO_MANY}).
   *
   * @param senderName the tenant's display name, named in the message
   */
  ContactChangeStarted start(
      TenantId tenant,
      String username,
      ContactKind kind,
      String newContact,
      char[] password,
      Locale locale,
      String senderName,
      Actor actor);

  /**
   * The code received on the new contact and an OTP of the signature device: the change is saved,
   * unless the new contact is another holder's ({@link SignatureError#CONTACT_UNAVAILABLE}).
   */
  HolderSummary confirm(
      TenantId tenant,
      String username,
      String changeId,
      String code,
      String otp,
      Locale locale,
      String senderName,
      Actor actor);
}

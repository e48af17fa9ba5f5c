package io.sigillo.signature.api;

import io.sigillo.core.audit.Actor;
import io.sigillo.core.tenant.TenantId;
import jakarta.ejb.Local;
import java.util.List;
import java.util.Optional;

/**
 * The remote-signature holders of each tenant, named by their portal username: the order (holder
 * data, contacts, password, then the signature device, then the certificate) and corrections of the
 * holder data.
 *
 * <p>The holder is the person of the account's verified SPID identity on the same tenant: names,
 * birth date, tax code and contacts come from it ({@link SignatureError#IDENTITY_REQUIRED}, {@link
 * SignatureError#HOLDER_DATA_NOT_IDENTITY}), the form supplies only what the identity lacks.
 *
 * <p>Mobile numbers and e-mail addresses are unique across every holder of the platform, all
 * tenants included. A contact is checked only once its holder has proven it (the identity's
 * verified contacts, the code sent to a new one), and a clash is refused with {@link
 * SignatureError#CONTACT_UNAVAILABLE}, the same for mobile and e-mail and silent about the other
 * holder, not even their tenant.
 */
@Local
public interface Holders {

  /**
   * Starts the order: data taken from the verified identity and checked against the codice fiscale
   * ({@link HolderDataInconsistentException}), contacts claimed, password hashed; a second order of
   * the account, even a simultaneous one, is {@link SignatureError#HOLDER_EXISTS}. The holder then
   * chooses a signature device.
   */
  HolderSummary order(TenantId tenant, String username, HolderOrder order, Actor actor);

  Optional<HolderSummary> find(TenantId tenant, String username);

  /** The holder, or {@link SignatureError#HOLDER_NOT_FOUND}. */
  HolderSummary get(TenantId tenant, String username);

  /**
   * The holder's existing OTP app as signature device: it must be theirs and active, and a code it
   * shows now (checked for purpose SIGN) proves it is in hand. Completes the order: the certificate
   * is issued.
   */
  HolderSummary bindApp(TenantId tenant, String username, long deviceId, String code, Actor actor);

  /**
   * A hardware token from the tenant's stock as signature device, claimed by its serial and two
   * consecutive codes. Completes the order: the certificate is issued.
   */
  HolderSummary bindToken(
      TenantId tenant, String username, String serial, List<String> codes, Actor actor);

  /**
   * Corrects the holder data after the remote-signature password, for the renewal's "holder data
   * inconsistent" branch; the new data must agree with the verified identity and the codice
   * fiscale.
   */
  HolderSummary correctData(
      TenantId tenant, String username, HolderData data, char[] password, Actor actor);

  /** Stores a holder migrated from a previous system; see {@link HolderImport}. */
  HolderSummary importHolder(TenantId tenant, HolderImport holder, Actor actor);
}

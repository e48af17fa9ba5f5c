package io.sigillo.signature.api;

import io.sigillo.core.tenant.TenantId;
import jakarta.ejb.Local;
import java.util.List;
import java.util.Optional;

/**
 * The remote-signature holders of each tenant, named by their portal username: the order (holder
 * data, contacts, password, then the signature device, then the certificate) and corrections of the
 * holder data.
 *
 * <p>Mobile numbers and e-mail addresses are unique across every holder of the platform, all
 * tenants included; a clash is refused with {@link SignatureError#MOBILE_IN_USE} or {@link
 * SignatureError#EMAIL_IN_USE}, which say nothing about the other holder, not even their tenant.
 */
@Local
public interface Holders {

  /**
   * Starts the order: data checked against the codice fiscale ({@link
   * HolderDataInconsistentException}), contacts claimed, password hashed. The holder then chooses a
   * signature device.
   */
  HolderSummary order(TenantId tenant, String username, HolderOrder order, SignatureActor actor);

  Optional<HolderSummary> find(TenantId tenant, String username);

  /** The holder, or {@link SignatureError#HOLDER_NOT_FOUND}. */
  HolderSummary get(TenantId tenant, String username);

  /**
   * The holder's existing OTP app as signature device: it must be theirs and active, and a code it
   * shows now (checked for purpose SIGN) proves it is in hand. Completes the order: the certificate
   * is issued.
   */
  HolderSummary bindApp(
      TenantId tenant, String username, long deviceId, String code, SignatureActor actor);

  /**
   * A hardware token from the tenant's stock as signature device, claimed by its serial and two
   * consecutive codes. Completes the order: the certificate is issued.
   */
  HolderSummary bindToken(
      TenantId tenant, String username, String serial, List<String> codes, SignatureActor actor);

  /**
   * Corrects the holder data after the remote-signature password, for the renewal's "holder data
   * inconsistent" branch; the new data must agree with the codice fiscale.
   */
  HolderSummary correctData(
      TenantId tenant, String username, HolderData data, char[] password, SignatureActor actor);

  /** Stores a holder migrated from a previous system; see {@link HolderImport}. */
  HolderSummary importHolder(TenantId tenant, HolderImport holder, SignatureActor actor);
}

package io.sigillo.signature.api;

import io.sigillo.core.audit.Actor;
import io.sigillo.core.tenant.TenantId;
import jakarta.ejb.Local;
import java.util.List;
import java.util.Optional;

/**
 * The holder's signature device in self-care: unlock after failures and resynchronisation of a
 * token that drifted beyond the look-ahead window. Both need the remote-signature password first
 * (the re-authentication the registry expects from its caller) and consecutive codes as proof of
 * possession. Its answers are this module's own records, mapped from the OTP registry's.
 */
@Local
public interface SignatureDevice {

  Optional<SignatureDeviceSummary> device(TenantId tenant, String username);

  SignatureDeviceResync unlock(
      TenantId tenant, String username, char[] password, List<String> codes, Actor actor);

  SignatureDeviceResync resynchronise(
      TenantId tenant, String username, char[] password, List<String> codes, Actor actor);

  /**
   * The serial of a token the holder's operator assigned to them and they have not claimed yet: the
   * replacement with a token completes with it.
   */
  Optional<String> assignedToken(TenantId tenant, String username);

  /** What the holder must do about the device before signing again ({@code NONE} if nothing). */
  SignatureDeviceChange change(TenantId tenant, String username);

  /**
   * After a re-association of the SPID app, the new app becomes the signature device: the
   * remote-signature password, then a code of the new app for purpose SIGN. {@code
   * OtpError#NO_NEW_APP_TO_CONFIRM} when no re-association is waiting for it.
   */
  SignatureDeviceSummary confirmNewApp(
      TenantId tenant, String username, char[] password, String code, Actor actor);
}

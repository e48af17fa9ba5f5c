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
}

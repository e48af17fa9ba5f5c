package io.sigillo.signature.api;

import io.sigillo.core.audit.Actor;
import io.sigillo.core.tenant.TenantId;
import io.sigillo.otp.api.DeviceSummary;
import io.sigillo.otp.api.ResyncResult;
import jakarta.ejb.Local;
import java.util.List;
import java.util.Optional;

/**
 * The holder's signature device in self-care: unlock after failures and resynchronisation of a
 * token that drifted beyond the look-ahead window. Both need the remote-signature password first
 * (the re-authentication the registry expects from its caller) and consecutive codes as proof of
 * possession.
 */
@Local
public interface SignatureDevice {

  Optional<DeviceSummary> device(TenantId tenant, String username);

  ResyncResult unlock(
      TenantId tenant, String username, char[] password, List<String> codes, Actor actor);

  ResyncResult resynchronise(
      TenantId tenant, String username, char[] password, List<String> codes, Actor actor);
}

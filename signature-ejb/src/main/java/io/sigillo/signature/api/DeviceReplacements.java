package io.sigillo.signature.api;

import io.sigillo.core.audit.Actor;
import io.sigillo.core.tenant.TenantId;
import jakarta.ejb.Local;
import java.util.List;
import java.util.Locale;

/**
 * The holder's own replacement of the signature device, for a token lost or broken or an app whose
 * phone is gone: the remote-signature password, a code sent to the verified mobile, then the new
 * device proven (a code of the app, or two consecutive codes of a token from the tenant's stock).
 * The old device stops authorising signatures in the same transaction that binds the new one, so
 * there is never a moment with two signature devices or none: a token is revoked, an app stays the
 * person's SPID app (revoking it would silently end their level-2 login).
 */
@Local
public interface DeviceReplacements {

  /** The password, then a code to the holder's mobile ({@code SmsPurpose#DEVICE_CHANGE}). */
  DeviceReplacementStarted start(
      TenantId tenant,
      String username,
      char[] password,
      Locale locale,
      String senderName,
      Actor actor);

  /** One of the holder's active apps takes the place of the signature device. */
  SignatureDeviceSummary toApp(
      TenantId tenant,
      String username,
      String challengeId,
      String smsCode,
      long appId,
      String appCode,
      Actor actor);

  /** A token from the tenant's stock takes the place of the signature device. */
  SignatureDeviceSummary toToken(
      TenantId tenant,
      String username,
      String challengeId,
      String smsCode,
      String serial,
      List<String> codes,
      Actor actor);
}

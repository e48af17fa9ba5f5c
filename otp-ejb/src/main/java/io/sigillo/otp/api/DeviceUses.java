package io.sigillo.otp.api;

import io.sigillo.core.tenant.TenantId;

/**
 * Which devices another module relies on, asked by the registry before it lets a person act on a
 * device. The registry cannot know it by itself: the remote-signature module decides which device
 * authorises a holder's signatures, and the registry must not depend on that module. That module
 * implements this interface; without it (a deployment without remote signature) no device is
 * protected this way.
 */
public interface DeviceUses {

  /** Whether the device authorises the remote signatures of an active or suspended holder. */
  boolean servesSigning(TenantId tenant, long deviceId);
}

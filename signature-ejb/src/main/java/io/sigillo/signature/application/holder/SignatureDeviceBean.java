package io.sigillo.signature.application.holder;

import io.sigillo.core.audit.Actor;
import io.sigillo.core.error.SigilloException;
import io.sigillo.core.security.Roles;
import io.sigillo.core.tenant.TenantId;
import io.sigillo.otp.api.DeviceSummary;
import io.sigillo.otp.api.OtpError;
import io.sigillo.otp.api.OtpRegistry;
import io.sigillo.otp.api.ResyncResult;
import io.sigillo.otp.api.ResyncStatus;
import io.sigillo.otp.api.TokenInventory;
import io.sigillo.otp.api.TokenSummary;
import io.sigillo.signature.api.SignatureDevice;
import io.sigillo.signature.api.SignatureDeviceChange;
import io.sigillo.signature.api.SignatureDeviceResync;
import io.sigillo.signature.api.SignatureDeviceSummary;
import io.sigillo.signature.api.SignatureError;
import io.sigillo.signature.domain.holder.Holder;
import io.sigillo.signature.infrastructure.persistence.SignatureTenantBinding;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * Unlock and resynchronisation of the holder's signature device, and the confirmation that makes a
 * re-associated SPID app the signature device in place of the old one. The registry's outcome is
 * returned, not thrown, so a failed attempt commits its audit event. The registry's summary and
 * outcome are mapped here into signature's own records, so the api does not lean on otp's.
 */
@Stateless
@Interceptors(SignatureTenantBinding.class)
@DeclareRoles({Roles.USER, Roles.OPERATOR, Roles.PLATFORM_ADMIN, Roles.SERVICE, Roles.SYSTEM})
// the holder on their own signing device
@RolesAllowed({Roles.USER, Roles.SYSTEM})
public class SignatureDeviceBean implements SignatureDevice {

  @PersistenceContext(unitName = "sigillo-signature")
  private EntityManager em;

  @Inject private OtpRegistry registry;
  @Inject private HolderAudit audit;
  @Inject private TokenInventory inventory;
  @EJB private Verifications verifications;
  @Inject private SignDevices signDevices;
  @Inject private Clock clock;

  @Override
  public Optional<SignatureDeviceSummary> device(TenantId tenant, String username) {
    return holder(username)
        .signDeviceId()
        .flatMap(id -> registry.find(tenant, id))
        .map(SignatureDeviceBean::summary);
  }

  @Override
  public SignatureDeviceResync unlock(
      TenantId tenant, String username, char[] password, List<String> codes, Actor actor) {
    long deviceId = authenticated(tenant, username, password, actor);
    ResyncResult result =
        registry.selfUnlock(tenant, deviceId, codes, HolderAudit.passwordChecked(actor));
    audit.record(
        tenant,
        actor,
        "signature.device.self-unlock",
        holderId(username),
        "device " + deviceId + ": " + result.status());
    return resync(result);
  }

  @Override
  public SignatureDeviceResync resynchronise(
      TenantId tenant, String username, char[] password, List<String> codes, Actor actor) {
    long deviceId = authenticated(tenant, username, password, actor);
    ResyncResult result =
        registry.resynchronise(tenant, deviceId, codes, HolderAudit.passwordChecked(actor));
    audit.record(
        tenant,
        actor,
        "signature.device.resync",
        holderId(username),
        "device " + deviceId + ": " + result.status());
    return resync(result);
  }

  @Override
  public Optional<String> assignedToken(TenantId tenant, String username) {
    return inventory.assignedTo(tenant, holder(username).username()).stream()
        .map(TokenSummary::serial)
        .findFirst();
  }

  @Override
  public SignatureDeviceChange change(TenantId tenant, String username) {
    return signDevices.change(tenant, holder(username));
  }

  @Override
  public SignatureDeviceSummary confirmNewApp(
      TenantId tenant, String username, char[] password, String code, Actor actor) {
    try {
      Holder holder = holder(username);
      long holderId = holder.id();
      DeviceSummary newApp =
          signDevices
              .replacementApp(tenant, username, signDevices.current(tenant, holder))
              .orElseThrow(() -> new SigilloException(OtpError.NO_NEW_APP_TO_CONFIRM));
      em.clear();
      Require.password(verifications.password(tenant, holderId, password, actor));
      // the new app proves itself for the purpose it takes over: a code it shows now, for SIGN
      Require.signOtp(
          verifications.signOtp(tenant, newApp.id(), code, HolderAudit.passwordChecked(actor)),
          newApp.type());
      holder = holder(username);
      long old = holder.signDeviceId().orElseThrow();
      holder.bindDevice(newApp.id(), clock.instant());
      audit.record(
          tenant,
          actor,
          "signature.device.new-app-confirmed",
          holderId,
          "signature device " + old + " replaced by re-associated app " + newApp.id());
      return summary(newApp);
    } finally {
      HoldersBean.wipe(password);
    }
  }

  static SignatureDeviceSummary summary(DeviceSummary d) {
    return new SignatureDeviceSummary(
        d.id(), d.type().id(), d.status().name(), d.serial(), d.locked(), d.signFailures());
  }

  private static SignatureDeviceResync resync(ResyncResult r) {
    return new SignatureDeviceResync(status(r.status()), r.selfUnlocksLeft(), r.availableAgainAt());
  }

  /** Exhaustive on purpose: a new registry outcome must be given a name here to compile. */
  private static SignatureDeviceResync.Status status(ResyncStatus status) {
    return switch (status) {
      case SYNCHRONISED -> SignatureDeviceResync.Status.SYNCHRONISED;
      case NOT_FOUND -> SignatureDeviceResync.Status.NOT_FOUND;
      case THIRD_CODE_NEEDED -> SignatureDeviceResync.Status.THIRD_CODE_NEEDED;
      case LOCKED -> SignatureDeviceResync.Status.LOCKED;
      case NOT_ACTIVE -> SignatureDeviceResync.Status.NOT_ACTIVE;
      case QUOTA_EXHAUSTED -> SignatureDeviceResync.Status.QUOTA_EXHAUSTED;
      case NOT_ALLOWED -> SignatureDeviceResync.Status.NOT_ALLOWED;
    };
  }

  /** The remote-signature password first: the registry expects its caller to re-authenticate. */
  private long authenticated(TenantId tenant, String username, char[] password, Actor actor) {
    try {
      Holder holder = holder(username);
      long deviceId = signDevices.usable(tenant, holder).id();
      long id = holder.id();
      em.clear();
      Require.password(verifications.password(tenant, id, password, actor));
      return deviceId;
    } finally {
      HoldersBean.wipe(password);
    }
  }

  private long holderId(String username) {
    return holder(username).id();
  }

  private Holder holder(String username) {
    return em.createNamedQuery("Holder.byUsername", Holder.class)
        .setParameter("username", username)
        .getResultStream()
        .findFirst()
        .orElseThrow(() -> new SigilloException(SignatureError.HOLDER_NOT_FOUND));
  }
}

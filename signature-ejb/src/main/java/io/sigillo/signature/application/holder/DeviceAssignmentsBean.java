package io.sigillo.signature.application.holder;

import io.sigillo.core.audit.Actor;
import io.sigillo.core.error.PlatformError;
import io.sigillo.core.error.SigilloException;
import io.sigillo.core.security.Roles;
import io.sigillo.core.tenant.TenantId;
import io.sigillo.otp.api.OtpRegistry;
import io.sigillo.otp.api.TokenInventory;
import io.sigillo.otp.api.TokenState;
import io.sigillo.otp.api.TokenSummary;
import io.sigillo.signature.api.DeviceAssignments;
import io.sigillo.signature.api.HolderDevice;
import io.sigillo.signature.api.SignatureDeviceChange;
import io.sigillo.signature.api.SignatureError;
import io.sigillo.signature.api.StockToken;
import io.sigillo.signature.domain.holder.Holder;
import io.sigillo.signature.infrastructure.persistence.SignatureTenantBinding;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/**
 * The operator's half of an assisted replacement: a token from stock reserved for one holder (the
 * registry's conditional update from {@code AVAILABLE} to {@code PENDING} with the holder as owner,
 * which only this holder's claim can move on), or the reservation cancelled. The holder's half is
 * {@link DeviceReplacementsBean#toToken}, whose claim accepts a token assigned to its claimant.
 */
@Stateless
@Interceptors(SignatureTenantBinding.class)
@DeclareRoles({Roles.USER, Roles.OPERATOR, Roles.PLATFORM_ADMIN, Roles.SERVICE, Roles.SYSTEM})
// the tenant's operators; the Actor check below asks for level 2
@RolesAllowed({Roles.OPERATOR, Roles.SYSTEM})
public class DeviceAssignmentsBean implements DeviceAssignments {

  private static final int STOCK_RESULTS = 20;

  @PersistenceContext(unitName = "sigillo-signature")
  private EntityManager em;

  @Inject private OtpRegistry registry;
  @Inject private TokenInventory inventory;
  @Inject private SignDevices signDevices;
  @Inject private HolderAudit audit;

  @Override
  public HolderDevice device(TenantId tenant, long holderId, Actor actor) {
    actor.requireActingOperator();
    return device(tenant, holder(holderId));
  }

  @Override
  public List<StockToken> stock(TenantId tenant, String serial, Actor actor) {
    actor.requireActingOperator();
    String text = serial == null ? "" : serial.strip();
    if (text.length() < 2 || text.length() > 64) {
      throw new SigilloException(PlatformError.TOKEN_SEARCH_INVALID);
    }
    return inventory
        .search(tenant, text, Optional.of(TokenState.AVAILABLE), STOCK_RESULTS, actor)
        .stream()
        .map(t -> new StockToken(t.serial(), t.type().id(), t.manufacturer(), t.model()))
        .toList();
  }

  @Override
  public HolderDevice assign(TenantId tenant, long holderId, String serial, Actor actor) {
    actor.requireActingOperator();
    Holder holder = holder(holderId);
    Optional<String> waiting = assigned(tenant, holder);
    if (waiting.isPresent()) {
      throw new SigilloException(PlatformError.TOKEN_ALREADY_ASSIGNED, waiting.get());
    }
    TokenSummary token = inventory.assign(tenant, serial, holder.username(), actor);
    audit.record(
        tenant,
        actor,
        "signature.device.token-assigned",
        holder.id(),
        "token " + token.serial() + " reserved for the holder's claim");
    return device(tenant, holder);
  }

  @Override
  public HolderDevice cancel(TenantId tenant, long holderId, Actor actor) {
    actor.requireActingOperator();
    Holder holder = holder(holderId);
    String serial =
        assigned(tenant, holder)
            .orElseThrow(() -> new SigilloException(PlatformError.NO_TOKEN_ASSIGNED));
    inventory.unassign(tenant, serial, holder.username(), actor);
    audit.record(
        tenant,
        actor,
        "signature.device.token-unassigned",
        holder.id(),
        "token " + serial + " back in stock");
    return device(tenant, holder);
  }

  private HolderDevice device(TenantId tenant, Holder holder) {
    return new HolderDevice(
        holder
            .signDeviceId()
            .flatMap(id -> registry.find(tenant, id))
            .map(SignatureDeviceBean::summary),
        holder.signDeviceId().isEmpty()
            ? SignatureDeviceChange.NONE
            : signDevices.change(tenant, holder),
        assigned(tenant, holder));
  }

  private Optional<String> assigned(TenantId tenant, Holder holder) {
    return inventory.assignedTo(tenant, holder.username()).stream()
        .map(TokenSummary::serial)
        .findFirst();
  }

  /** One of the tenant's holders; another tenant's id is not found (the tenant filter). */
  private Holder holder(long holderId) {
    Holder holder = em.find(Holder.class, holderId);
    if (holder == null) {
      throw new SigilloException(SignatureError.HOLDER_NOT_FOUND);
    }
    return holder;
  }
}

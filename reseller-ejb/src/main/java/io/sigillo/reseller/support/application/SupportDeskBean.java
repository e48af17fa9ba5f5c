package io.sigillo.reseller.support.application;

import io.sigillo.core.audit.Actor;
import io.sigillo.core.audit.AuditEvent;
import io.sigillo.core.audit.AuditLog;
import io.sigillo.core.audit.AuditSubject;
import io.sigillo.core.error.SigilloException;
import io.sigillo.core.media.RasterImages;
import io.sigillo.core.media.RasterImages.Reencoded;
import io.sigillo.core.security.Roles;
import io.sigillo.core.tenant.TenantId;
import io.sigillo.reseller.api.ResellerError;
import io.sigillo.reseller.infrastructure.persistence.ResellerTenantBinding;
import io.sigillo.reseller.support.api.NewSupportRequest;
import io.sigillo.reseller.support.api.NoticeRecipient;
import io.sigillo.reseller.support.api.Screenshot;
import io.sigillo.reseller.support.api.SupportDesk;
import io.sigillo.reseller.support.api.SupportDetail;
import io.sigillo.reseller.support.api.SupportSummary;
import io.sigillo.reseller.support.domain.SupportAttachment;
import io.sigillo.reseller.support.domain.SupportReply;
import io.sigillo.reseller.support.domain.SupportRequest;
import io.sigillo.reseller.support.domain.Viewer;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Support requests of one tenant. Every method takes the tenant explicitly; the interceptor binds
 * it to the persistence unit so no query can see another tenant's requests, and {@link Viewer}
 * decides between "my requests" and "every request of my tenant" (operators).
 */
@Stateless
@Interceptors(ResellerTenantBinding.class)
@DeclareRoles({Roles.USER, Roles.OPERATOR, Roles.PLATFORM_ADMIN, Roles.SERVICE, Roles.SYSTEM})
// a tenant's people and operators; the desk checks who reads which request
@RolesAllowed({Roles.USER, Roles.OPERATOR, Roles.SYSTEM})
public class SupportDeskBean implements SupportDesk {

  private static final Pattern CODE = Pattern.compile("[A-Z]{2,5}-[0-9]{3}");
  private static final Pattern CORRELATION = Pattern.compile("[A-Za-z0-9-]{1,64}");

  @PersistenceContext(unitName = "sigillo-reseller")
  private EntityManager em;

  @Inject private Clock clock;
  @Inject private AuditLog audit;
  @Inject private SupportNotices notices;

  @Override
  public SupportSummary open(
      TenantId tenant, NewSupportRequest request, NoticeRecipient notify, Actor actor) {
    String description = request.description() == null ? "" : request.description().trim();
    if (description.length() < 10 || description.length() > 4000) {
      throw new SigilloException(ResellerError.SUPPORT_DESCRIPTION_REQUIRED);
    }
    Optional<Reencoded> screenshot = checkScreenshot(request.screenshot());
    OffsetDateTime now = now();
    SupportRequest entity =
        new SupportRequest(
            actor.name(),
            new NewSupportRequest(
                matchOrNull(CODE, request.errorCode()),
                matchOrNull(CORRELATION, request.correlationId()),
                limit(request.os(), 60),
                limit(request.browser(), 60),
                description,
                null),
            now);
    em.persist(entity);
    em.flush();
    screenshot.ifPresent(
        s ->
            em.persist(
                new SupportAttachment(
                    entity.id(), s.kind().mediaType(), s.content(), s.width(), s.height(), now)));
    SupportSummary opened = entity.summary(screenshot.isPresent());
    notices.newRequest(tenant, notify, opened);
    return opened;
  }

  @Override
  public List<SupportSummary> mine(TenantId tenant, Actor actor) {
    return em.createNamedQuery("SupportRequest.byRequester", SupportRequest.class)
        .setParameter("requester", actor.name())
        .getResultStream()
        .map(r -> r.summary(hasScreenshot(r.id())))
        .toList();
  }

  // every request of the tenant: its operators
  @RolesAllowed({Roles.OPERATOR, Roles.SYSTEM})
  @Override
  public List<SupportSummary> all(TenantId tenant) {
    return em.createNamedQuery("SupportRequest.all", SupportRequest.class)
        .setMaxResults(500)
        .getResultStream()
        .map(r -> r.summary(hasScreenshot(r.id())))
        .toList();
  }

  @Override
  public SupportDetail get(TenantId tenant, long id, Actor actor) {
    SupportRequest request = readable(id, Viewer.of(actor));
    List<SupportDetail.Reply> replies =
        em.createNamedQuery("SupportReply.ofRequest", SupportReply.class)
            .setParameter("request", request.id())
            .getResultStream()
            .map(SupportReply::view)
            .toList();
    return new SupportDetail(request.summary(hasScreenshot(request.id())), replies);
  }

  @Override
  public SupportDetail reply(TenantId tenant, long id, String body, Actor actor) {
    Viewer viewer = Viewer.of(actor);
    SupportRequest request = readable(id, viewer);
    String text = body == null ? "" : body.trim();
    if (text.length() < 2 || text.length() > 4000) {
      throw new SigilloException(ResellerError.SUPPORT_DESCRIPTION_REQUIRED);
    }
    if (request.closed()) {
      throw new SigilloException(ResellerError.SUPPORT_REQUEST_CLOSED);
    }
    boolean byOperator = viewer.operator() && !viewer.username().equals(request.requester());
    OffsetDateTime now = now();
    em.persist(new SupportReply(request.id(), viewer.username(), byOperator, text, now));
    request.answered(byOperator, now);
    if (byOperator) {
      audited(tenant, id, "support.answered", actor);
    }
    em.flush();
    return get(tenant, id, actor);
  }

  // the tenant's operators close and reopen; the requester sees the state
  @RolesAllowed({Roles.OPERATOR, Roles.SYSTEM})
  @Override
  public SupportDetail close(TenantId tenant, long id, Actor actor) {
    SupportRequest request = operated(id, actor);
    if (request.close(now())) {
      audited(tenant, id, "support.closed", actor);
    }
    em.flush();
    return get(tenant, id, actor);
  }

  @RolesAllowed({Roles.OPERATOR, Roles.SYSTEM})
  @Override
  public SupportDetail reopen(TenantId tenant, long id, Actor actor) {
    SupportRequest request = operated(id, actor);
    if (request.reopen(now())) {
      audited(tenant, id, "support.reopened", actor);
    }
    em.flush();
    return get(tenant, id, actor);
  }

  /**
   * A request of the tenant an operator acts on: a password-only operator session reads only its
   * own requests, so it finds nothing else to close (the same "not found" as for anyone else).
   */
  private SupportRequest operated(long id, Actor actor) {
    Viewer viewer = Viewer.of(actor);
    SupportRequest request = readable(id, viewer);
    if (!viewer.operator()) {
      throw new SigilloException(ResellerError.SUPPORT_REQUEST_NOT_FOUND);
    }
    return request;
  }

  private void audited(TenantId tenant, long id, String action, Actor actor) {
    audit.record(
        new AuditEvent(
            Optional.of(tenant),
            actor.name(),
            action,
            AuditSubject.of(AuditSubject.Kind.SUPPORT_REQUEST, Long.toString(id)),
            "",
            actor.correlationId(),
            clock.instant()));
  }

  @Override
  public Optional<Screenshot> screenshot(TenantId tenant, long id, Actor actor) {
    SupportRequest request = readable(id, Viewer.of(actor));
    return em.createNamedQuery("SupportAttachment.ofRequest", SupportAttachment.class)
        .setParameter("request", request.id())
        .setMaxResults(1)
        .getResultStream()
        .findFirst()
        .map(SupportAttachment::view);
  }

  /** The request if it exists on this tenant and the viewer may read it; else "not found". */
  private SupportRequest readable(long id, Viewer viewer) {
    SupportRequest request = em.find(SupportRequest.class, id);
    if (request == null || !viewer.mayRead(request.requester())) {
      // the same answer whether it does not exist or is someone else's: nothing to probe
      throw new SigilloException(ResellerError.SUPPORT_REQUEST_NOT_FOUND);
    }
    return request;
  }

  private boolean hasScreenshot(Long requestId) {
    return !em.createNamedQuery("SupportAttachment.ofRequest", SupportAttachment.class)
        .setParameter("request", requestId)
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  static Optional<Reencoded> checkScreenshot(byte[] upload) {
    if (upload == null || upload.length == 0) {
      return Optional.empty();
    }
    if (upload.length > MAX_SCREENSHOT_BYTES) {
      throw new SigilloException(ResellerError.ATTACHMENT_TOO_LARGE, 5);
    }
    RasterImages.Outcome outcome = RasterImages.check(upload);
    if (outcome instanceof RasterImages.TooManyPixels big) {
      throw new SigilloException(
          ResellerError.IMAGE_TOO_MANY_PIXELS,
          big.width(),
          big.height(),
          big.maxPixels() / 1_000_000);
    }
    if (!(outcome instanceof Reencoded image)) {
      throw new SigilloException(ResellerError.ATTACHMENT_NOT_AN_IMAGE);
    }
    return Optional.of(image);
  }

  private OffsetDateTime now() {
    return clock.instant().atOffset(ZoneOffset.UTC);
  }

  private static String matchOrNull(Pattern pattern, String value) {
    return value != null && pattern.matcher(value.trim()).matches() ? value.trim() : null;
  }

  private static String limit(String value, int max) {
    String text = value == null || value.isBlank() ? "?" : value.trim();
    return text.length() > max ? text.substring(0, max) : text;
  }
}

package io.sigillo.selfcare.support;

import io.sigillo.core.audit.AuditEvent;
import io.sigillo.core.audit.AuditLog;
import io.sigillo.core.audit.AuditSubject;
import io.sigillo.core.error.SigilloException;
import io.sigillo.core.media.RasterImages;
import io.sigillo.core.media.RasterImages.Reencoded;
import io.sigillo.core.security.Roles;
import io.sigillo.core.tenant.TenantId;
import io.sigillo.selfcare.error.PortalError;
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
@Interceptors(SelfcareTenantBinding.class)
@DeclareRoles({Roles.USER, Roles.OPERATOR, Roles.PLATFORM_ADMIN, Roles.SERVICE, Roles.SYSTEM})
// a tenant's people and operators; the desk checks who reads which request
@RolesAllowed({Roles.USER, Roles.OPERATOR, Roles.SYSTEM})
public class SupportDesk {

  /** Screenshots up to 5 MB, as uploaded. */
  public static final int MAX_SCREENSHOT_BYTES = 5 * 1024 * 1024;

  private static final Pattern CODE = Pattern.compile("[A-Z]{2,5}-[0-9]{3}");
  private static final Pattern CORRELATION = Pattern.compile("[A-Za-z0-9-]{1,64}");

  @PersistenceContext(unitName = "sigillo-selfcare")
  private EntityManager em;

  @Inject private Clock clock;
  @Inject private AuditLog audit;
  @Inject private SupportNotices notices;

  /**
   * Opens a request; a screenshot must be a real PNG or JPEG and is stored re-encoded. The tenant's
   * support address is told once the request has committed.
   */
  public SupportSummary open(
      TenantId tenant, NewSupportRequest request, SupportNotices.Recipient notify) {
    String description = request.description() == null ? "" : request.description().trim();
    if (description.length() < 10 || description.length() > 4000) {
      throw new SigilloException(PortalError.SUPPORT_DESCRIPTION_REQUIRED);
    }
    Optional<Reencoded> screenshot = checkScreenshot(request.screenshot());
    OffsetDateTime now = now();
    SupportRequest entity =
        new SupportRequest(
            new NewSupportRequest(
                request.requester(),
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

  public List<SupportSummary> mine(TenantId tenant, String requester) {
    return em.createNamedQuery("SupportRequest.byRequester", SupportRequest.class)
        .setParameter("requester", requester)
        .getResultStream()
        .map(r -> r.summary(hasScreenshot(r.id())))
        .toList();
  }

  /** Every request of the tenant, newest first: the operators' queue. */
  // every request of the tenant: its operators
  @RolesAllowed({Roles.OPERATOR, Roles.SYSTEM})
  public List<SupportSummary> all(TenantId tenant) {
    return em.createNamedQuery("SupportRequest.all", SupportRequest.class)
        .setMaxResults(500)
        .getResultStream()
        .map(r -> r.summary(hasScreenshot(r.id())))
        .toList();
  }

  public SupportDetail get(TenantId tenant, long id, Viewer viewer) {
    SupportRequest request = readable(id, viewer);
    List<SupportDetail.Reply> replies =
        em.createNamedQuery("SupportReply.ofRequest", SupportReply.class)
            .setParameter("request", request.id())
            .getResultStream()
            .map(SupportReply::view)
            .toList();
    return new SupportDetail(request.summary(hasScreenshot(request.id())), replies);
  }

  /** Adds a message; an operator's answer is audited with the operator's name. */
  public SupportDetail reply(
      TenantId tenant, long id, Viewer viewer, String body, String correlationId) {
    SupportRequest request = readable(id, viewer);
    String text = body == null ? "" : body.trim();
    if (text.length() < 2 || text.length() > 4000) {
      throw new SigilloException(PortalError.SUPPORT_DESCRIPTION_REQUIRED);
    }
    boolean byOperator = viewer.operator() && !viewer.username().equals(request.requester());
    OffsetDateTime now = now();
    em.persist(new SupportReply(request.id(), viewer.username(), byOperator, text, now));
    request.answered(byOperator, now);
    if (byOperator) {
      audit.record(
          new AuditEvent(
              Optional.of(tenant),
              viewer.username(),
              "support.answered",
              AuditSubject.of(AuditSubject.Kind.SUPPORT_REQUEST, Long.toString(id)),
              "",
              correlationId,
              clock.instant()));
    }
    em.flush();
    return get(tenant, id, viewer);
  }

  public Optional<Screenshot> screenshot(TenantId tenant, long id, Viewer viewer) {
    SupportRequest request = readable(id, viewer);
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
      throw new SigilloException(PortalError.SUPPORT_REQUEST_NOT_FOUND);
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
      throw new SigilloException(PortalError.ATTACHMENT_TOO_LARGE, 5);
    }
    RasterImages.Outcome outcome = RasterImages.check(upload);
    if (outcome instanceof RasterImages.TooManyPixels big) {
      throw new SigilloException(
          PortalError.IMAGE_TOO_MANY_PIXELS,
          big.width(),
          big.height(),
          big.maxPixels() / 1_000_000);
    }
    if (!(outcome instanceof Reencoded image)) {
      throw new SigilloException(PortalError.ATTACHMENT_NOT_AN_IMAGE);
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

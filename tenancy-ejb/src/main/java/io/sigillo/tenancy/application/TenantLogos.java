package io.sigillo.tenancy.application;

import io.sigillo.core.error.SigilloException;
import io.sigillo.core.media.ImageKind;
import io.sigillo.core.media.RasterImages;
import io.sigillo.core.media.SvgCheck;
import io.sigillo.core.security.Roles;
import io.sigillo.core.tenant.TenantId;
import io.sigillo.tenancy.api.StoredLogo;
import io.sigillo.tenancy.api.TenancyError;
import io.sigillo.tenancy.api.TenantAdministration;
import io.sigillo.tenancy.domain.TenantLogo;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Optional;

/**
 * Tenants' logos: checked on upload, stored in the database, served by the portal on the tenant's
 * own host and handed to the login theme as a data URL (Keycloak's pages are on another host).
 */
@Stateless
@DeclareRoles({Roles.USER, Roles.OPERATOR, Roles.PLATFORM_ADMIN, Roles.SERVICE, Roles.SYSTEM})
// changed with the tenant, by the platform operator
@RolesAllowed({Roles.PLATFORM_ADMIN, Roles.SYSTEM})
public class TenantLogos {

  /** Small enough to travel as a Keycloak client attribute and inside every login page. */
  public static final int MAX_BYTES = TenantAdministration.MAX_LOGO_BYTES;

  @PersistenceContext(unitName = "sigillo-tenancy")
  private EntityManager em;

  @Inject private Clock clock;

  /**
   * Checks and stores a logo; returns the path the portal serves it on. The type is decided by the
   * content: a PNG is decoded and re-encoded, an SVG is parsed and refused if it has active
   * content.
   */
  public String store(TenantId tenant, byte[] content) {
    if (content == null || content.length == 0) {
      throw new SigilloException(TenancyError.LOGO_NOT_AN_IMAGE);
    }
    if (content.length > MAX_BYTES) {
      throw new SigilloException(TenancyError.LOGO_TOO_LARGE, MAX_BYTES / 1024);
    }
    ImageKind kind;
    byte[] checked;
    if (ImageKind.sniffRaster(content).filter(k -> k == ImageKind.PNG).isPresent()) {
      RasterImages.Outcome outcome = RasterImages.check(content);
      if (outcome instanceof RasterImages.TooManyPixels big) {
        throw new SigilloException(
            TenancyError.IMAGE_TOO_MANY_PIXELS,
            big.width(),
            big.height(),
            big.maxPixels() / 1_000_000);
      }
      if (!(outcome instanceof RasterImages.Reencoded image)) {
        throw new SigilloException(TenancyError.LOGO_NOT_AN_IMAGE);
      }
      checked = image.content();
      kind = ImageKind.PNG;
    } else if (SvgCheck.looksLikeSvg(content)) {
      Optional<String> problem = SvgCheck.problem(content);
      if (problem.isPresent()) {
        throw new SigilloException(TenancyError.LOGO_UNSAFE_SVG, problem.get());
      }
      checked = content;
      kind = ImageKind.SVG;
    } else {
      throw new SigilloException(TenancyError.LOGO_NOT_AN_IMAGE);
    }
    if (checked.length > MAX_BYTES) {
      throw new SigilloException(TenancyError.LOGO_TOO_LARGE, MAX_BYTES / 1024);
    }
    var now = clock.instant().atOffset(ZoneOffset.UTC);
    TenantLogo logo = em.find(TenantLogo.class, tenant.value());
    if (logo == null) {
      em.persist(new TenantLogo(tenant.value(), kind.mediaType(), checked, now));
    } else {
      logo.replace(kind.mediaType(), checked, now);
    }
    // the version in the path makes browsers fetch a replaced logo at once
    return "/branding/logo?v=" + now.toEpochSecond();
  }

  // a portal's logo is shown to anonymous visitors (/branding/logo)
  @PermitAll
  public Optional<StoredLogo> find(TenantId tenant) {
    TenantLogo logo = em.find(TenantLogo.class, tenant.value());
    return logo == null
        ? Optional.empty()
        : Optional.of(new StoredLogo(logo.mediaType(), logo.content()));
  }

  public void remove(TenantId tenant) {
    TenantLogo logo = em.find(TenantLogo.class, tenant.value());
    if (logo != null) {
      em.remove(logo);
    }
  }

  /** The logo as a {@code data:} URL for the login theme. */
  // the branding of public pages, before any login
  @PermitAll
  public Optional<String> dataUrl(TenantId tenant) {
    return find(tenant)
        .map(
            logo ->
                "data:"
                    + logo.mediaType()
                    + ";base64,"
                    + Base64.getEncoder().encodeToString(logo.content()));
  }
}

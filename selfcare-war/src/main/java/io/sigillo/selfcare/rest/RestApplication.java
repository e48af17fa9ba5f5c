package io.sigillo.selfcare.rest;

import io.sigillo.selfcare.rest.identity.LevelTwoResource;
import io.sigillo.selfcare.rest.notification.NotificationTextsResource;
import io.sigillo.selfcare.rest.otp.OtpDevicesResource;
import io.sigillo.selfcare.rest.otp.OtpPolicyResource;
import io.sigillo.selfcare.rest.otp.OtpValidationResource;
import io.sigillo.selfcare.rest.otp.TokenInventoryResource;
import io.sigillo.selfcare.rest.platform.HousekeepingResource;
import io.sigillo.selfcare.rest.platform.OtpKeyRotationResource;
import io.sigillo.selfcare.rest.platform.PlatformClockResource;
import io.sigillo.selfcare.rest.platform.PlatformTenantsResource;
import io.sigillo.selfcare.rest.platform.TenantReminderPolicyResource;
import io.sigillo.selfcare.rest.platform.TenantSignaturePolicyResource;
import io.sigillo.selfcare.rest.signature.CertificatesResource;
import io.sigillo.selfcare.rest.signature.ContactsResource;
import io.sigillo.selfcare.rest.signature.HolderDataRefusalMapper;
import io.sigillo.selfcare.rest.signature.HolderDataResource;
import io.sigillo.selfcare.rest.signature.HolderResource;
import io.sigillo.selfcare.rest.signature.SignatureDeviceResource;
import io.sigillo.selfcare.rest.signature.SignaturePasswordResource;
import io.sigillo.selfcare.rest.signature.SigningResource;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;
import java.util.Set;

/**
 * Root of the REST API. Its resources and providers are listed here rather than found by scanning:
 * the tenancy module's client for Keycloak's admin API is RESTEasy, on the WAR's class path (the
 * micro WAR's WEB-INF/lib, the EAR's lib/), and a scan would hand RESTEasy's own {@code @Provider}
 * classes to the server's Jersey, which cannot build them.
 */
@ApplicationPath("api")
public class RestApplication extends Application {

  @Override
  public Set<Class<?>> getClasses() {
    return Set.of(
        CataloguedExceptionMapper.class,
        PortalResource.class,
        HolderDataResource.class,
        HolderResource.class,
        HolderDataRefusalMapper.class,
        SignatureDeviceResource.class,
        ContactsResource.class,
        SignaturePasswordResource.class,
        SigningResource.class,
        CertificatesResource.class,
        PlatformTenantsResource.class,
        TenantSignaturePolicyResource.class,
        OtpKeyRotationResource.class,
        HousekeepingResource.class,
        PlatformClockResource.class,
        TenantReminderPolicyResource.class,
        OtpDevicesResource.class,
        OtpPolicyResource.class,
        OtpValidationResource.class,
        TokenInventoryResource.class,
        NotificationTextsResource.class,
        LevelTwoResource.class,
        UnreadableBodyMapper.class,
        JsonBodyRequirement.class);
  }

  /** No generated WADL: the API is described by /openapi, and WADL told anyone every path. */
  @Override
  public Map<String, Object> getProperties() {
    return Map.of("jersey.config.server.wadl.disableWadl", true);
  }
}

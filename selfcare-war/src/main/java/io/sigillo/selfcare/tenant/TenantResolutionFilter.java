package io.sigillo.selfcare.tenant;

import io.sigillo.core.error.PlatformError;
import io.sigillo.selfcare.error.ErrorResponses;
import io.sigillo.selfcare.web.RequestCorrelation;
import io.sigillo.tenancy.api.TenantView;
import io.sigillo.tenancy.api.Tenants;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Resolves the request's tenant from its host name, once, before any page or resource runs. An
 * unknown host gets the "unknown portal" answer and never another tenant's data; a tenant that is
 * not active gets "portal not active". Mapped first in web.xml.
 */
public class TenantResolutionFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  /**
   * Paths served without a tenant: the platform's own API, Keycloak's level-2 step (which names the
   * tenant in the path and calls from wherever Keycloak runs), the shared error/language endpoints,
   * and MicroProfile Health, which Payara Server serves inside the application mapped at "/" (the
   * EAR), where probes arrive with any host name.
   */
  private static final List<String> TENANTLESS =
      List.of("/api/platform/", "/api/level-two/", "/error", "/lang", "/health");

  /**
   * The built-in paths plus {@code sigillo.web.tenantless-paths} (e.g. a test runner's servlet).
   */
  private final List<String> tenantless = new ArrayList<>(TENANTLESS);

  @Inject private Tenants tenants;
  @Inject private CurrentTenant current;

  @Override
  public void init() {
    ConfigProvider.getConfig()
        .getOptionalValues("sigillo.web.tenantless-paths", String.class)
        .ifPresent(tenantless::addAll);
  }

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String correlationId = RequestCorrelation.of(request);
    response.setHeader(RequestCorrelation.HEADER, correlationId);
    String path = request.getRequestURI().substring(request.getContextPath().length());
    Optional<TenantView> tenant = tenants.byHost(request.getServerName());
    if (tenant.isPresent() && tenant.get().active()) {
      current.bind(tenant.get());
      chain.doFilter(request, response);
      return;
    }
    for (String prefix : tenantless) {
      if (path.startsWith(prefix)) {
        chain.doFilter(request, response);
        return;
      }
    }
    if (tenant.isEmpty()) {
      ErrorResponses.send(request, response, PlatformError.UNKNOWN_PORTAL, request.getServerName());
    } else {
      ErrorResponses.send(request, response, PlatformError.TENANT_DISABLED);
    }
  }
}

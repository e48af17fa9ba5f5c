package io.sigillo.selfcare.tenant;

import io.sigillo.core.error.PlatformError;
import io.sigillo.selfcare.error.ErrorResponses;
import io.sigillo.selfcare.web.RequestCorrelation;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;

/**
 * Resolves the request's tenant from its host name, once, before any page or resource runs. An
 * unknown host gets the "unknown portal" answer and never another tenant's data; a tenant that is
 * not active gets "portal not active". Mapped first in web.xml.
 */
public class TenantResolutionFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  /**
   * Paths served without a tenant: the platform's own API and the shared error/language endpoints.
   */
  private static final String[] TENANTLESS = {"/api/platform/", "/error", "/lang"};

  @Inject private TenantCache tenants;
  @Inject private CurrentTenant current;

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
    for (String prefix : TENANTLESS) {
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

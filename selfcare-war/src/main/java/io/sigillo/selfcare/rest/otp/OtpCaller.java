package io.sigillo.selfcare.rest.otp;

import io.sigillo.core.error.PlatformError;
import io.sigillo.core.error.SigilloException;
import io.sigillo.otp.api.DeviceSummary;
import io.sigillo.otp.api.OtpError;
import io.sigillo.otp.api.OtpRegistry;
import io.sigillo.selfcare.web.RequestContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;

/**
 * On whose devices the caller of the OTP API may act (who the caller is, the {@link RequestContext}
 * says). A person (role {@code user}) acts on their own devices only, named by their username; an
 * operator on anyone's in the tenant. A device of someone else is reported as not found, so its
 * existence is not revealed.
 *
 * <p>Stateless itself (the tenant and the request are CDI proxies to the current request's), so one
 * instance and one registry reference serve every request.
 */
@ApplicationScoped
public class OtpCaller {

  static final String USER = "user";
  static final String OPERATOR = "operator";

  @Inject private RequestContext context;
  @Inject private OtpRegistry registry;
  @Inject private HttpServletRequest request;

  /**
   * Whether the caller acts as the tenant's operator: the role, and level 2 for a person (a back
   * end holding the role is its own proof). An operator signed in with the password alone acts only
   * as the person they also are, or is refused.
   */
  boolean operator() {
    requireSignedIn();
    if (!request.isUserInRole(OPERATOR)) {
      return false;
    }
    if (context.actor().staff()) {
      return true;
    }
    if (request.isUserInRole(USER)) {
      return false;
    }
    throw new SigilloException(PlatformError.STAFF_LEVEL_2_REQUIRED);
  }

  /** The owner a call is about: the caller themselves, or for an operator the one named. */
  String owner(String requested) {
    if (operator()) {
      if (requested == null || requested.isBlank()) {
        throw new SigilloException(PlatformError.VALIDATION, "owner", "required");
      }
      return requested.strip();
    }
    requireUser();
    if (requested != null && !requested.isBlank() && !requested.strip().equals(name())) {
      throw new SigilloException(PlatformError.FORBIDDEN);
    }
    return name();
  }

  /** The device, if the caller may act on it. */
  DeviceSummary device(long id) {
    boolean operator = operator();
    if (!operator) {
      requireUser();
    }
    return registry
        .find(context.tenant(), id)
        .filter(device -> operator || name().equals(device.owner()))
        .orElseThrow(() -> new SigilloException(OtpError.DEVICE_NOT_FOUND));
  }

  void requireOperator() {
    if (!operator()) {
      throw new SigilloException(PlatformError.FORBIDDEN);
    }
  }

  private void requireUser() {
    if (!request.isUserInRole(USER)) {
      throw new SigilloException(PlatformError.FORBIDDEN);
    }
  }

  private void requireSignedIn() {
    if (request.getUserPrincipal() == null) {
      throw new SigilloException(PlatformError.SESSION_EXPIRED);
    }
  }

  private String name() {
    requireSignedIn();
    Principal principal = request.getUserPrincipal();
    return principal.getName();
  }
}

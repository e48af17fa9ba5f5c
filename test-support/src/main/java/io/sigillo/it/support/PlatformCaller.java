package io.sigillo.it.support;

import io.sigillo.core.security.Roles;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;

/**
 * The caller of in-container test code, the way production's start-up seeding gets one: a bean that
 * runs as the {@code system} role ({@code @RunAs}, principal from WEB-INF/glassfish-web.xml). The
 * business beans keep their {@code @RolesAllowed}; a test that calls them directly from the
 * Arquillian servlet would have no principal at all. Test code only (the test WARs add it, the
 * product never holds it). Bean-managed transactions: it starts none, so each business call has its
 * own as from a page, and a test that drives a {@code UserTransaction} itself may (a
 * container-managed bean may not).
 */
@Stateless
@DeclareRoles(Roles.SYSTEM)
@RunAs(Roles.SYSTEM)
@PermitAll // test code in the Arquillian servlet has no principal; this bean is what gives it one
@TransactionManagement(TransactionManagementType.BEAN)
public class PlatformCaller {

  /**
   * Runs a test method (or its set-up) as {@code system}. What it throws is returned, not thrown:
   * the container would wrap an assertion error in an {@code EJBException} and the report would
   * show the wrapper.
   */
  public Throwable run(Step step) {
    try {
      step.run();
      return null;
    } catch (Throwable failure) {
      return failure;
    }
  }

  /** A piece of test code. */
  @FunctionalInterface
  public interface Step {
    void run() throws Throwable;
  }
}

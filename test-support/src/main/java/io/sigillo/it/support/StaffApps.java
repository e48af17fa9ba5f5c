package io.sigillo.it.support;

import java.util.Optional;
import java.util.ServiceLoader;

/**
 * The staff members' OTP apps, as a browser needs them to answer the staff step-up page on its own.
 * The apps are registry rows sealed with otp-ejb's cipher, which this module cannot depend on, so
 * the test module that can (micro) provides the implementation through {@link ServiceLoader}
 * ({@code META-INF/services/io.sigillo.it.support.StaffApps}); where none is provided (the EAR
 * system test signs in no staff) the step-up page is returned as it is.
 */
public interface StaffApps {

  /** The tenant whose portal answers on this host. */
  String tenantOf(String host);

  boolean registered(String tenant, String username);

  /** Gives the staff member an active app, as a first-device activation would. */
  void register(String tenant, String username);

  /** A code of the staff member's app that the registry has not seen yet. */
  String nextCode(String tenant, String username);

  /** The implementation on the test class path, if any. */
  static Optional<StaffApps> installed() {
    return ServiceLoader.load(StaffApps.class, StaffApps.class.getClassLoader()).findFirst();
  }
}

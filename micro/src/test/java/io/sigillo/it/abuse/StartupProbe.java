package io.sigillo.it.abuse;

import io.sigillo.core.security.Roles;
import io.sigillo.otp.api.OtpKeyRotation;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;

/**
 * A start-up bean made like the demo seeder (test deployment only): {@code @RunAs("system")}, and
 * in its {@code @PostConstruct} a call only the platform may make. It keeps what happened for
 * {@link ContainerRolesAbuseIT} to read.
 */
@Singleton
@Startup
@DeclareRoles(Roles.SYSTEM)
@RunAs(Roles.SYSTEM)
@PermitAll // the test reads the outcome without a principal
public class StartupProbe {

  @Inject private OtpKeyRotation rotation;

  private String keyId;
  private Throwable failure;

  @PostConstruct
  void callAtStartup() {
    try {
      keyId = rotation.currentKeyId();
    } catch (RuntimeException e) {
      failure = e;
    }
  }

  public String keyId() {
    return keyId;
  }

  public Throwable failure() {
    return failure;
  }
}

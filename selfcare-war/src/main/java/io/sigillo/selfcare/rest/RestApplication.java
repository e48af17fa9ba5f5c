package io.sigillo.selfcare.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;

/**
 * Root of the REST API. The WAR carries a RESTEasy client for Keycloak's admin API; its jars announce
 * RESTEasy providers through {@code META-INF/services}, which the server's Jersey would otherwise
 * try to instantiate as its own. Jersey's service lookup is therefore off: our providers are
 * discovered as annotated classes.
 */
@ApplicationPath("api")
public class RestApplication extends Application {

  @Override
  public Map<String, Object> getProperties() {
    return Map.of(
        "jersey.config.disableMetainfServicesLookup", true,
        "jersey.config.server.disableMetainfServicesLookup", true);
  }
}

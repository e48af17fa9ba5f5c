package io.sigillo.systemtest;

/**
 * What the build hands the tests (system-test/pom.xml, failsafe), under the names micro's tests
 * use, so the shared helpers of {@code test-support} find the same values here. A missing value
 * fails loudly rather than letting a test talk to the wrong place.
 */
final class Environment {

  private Environment() {}

  static String require(String name) {
    String value = System.getenv(name);
    if (value == null || value.isBlank()) {
      throw new IllegalStateException(name + " must be set (system-test/pom.xml, failsafe)");
    }
    return value;
  }

  static String keycloakUrl() {
    return require("SIGILLO_KEYCLOAK_URL");
  }
}

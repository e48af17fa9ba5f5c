package io.sigillo.core.secrets;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Decides, in one place, whether the configured secrets may be used: outside development none may
 * be missing or public. The message names every offending secret by property and environment
 * variable and never contains a value.
 */
public final class SecretCheck {

  /**
   * The development switch: public development secrets are accepted only when it is {@code true}.
   */
  public static final String DEV_MODE = "sigillo.dev.mode";

  private SecretCheck() {}

  /**
   * One line per secret that is missing or public, e.g. {@code sigillo.db.password (…): not set}.
   */
  public static List<String> problems(Function<String, Optional<String>> config) {
    List<String> problems = new ArrayList<>();
    for (PlatformSecret secret : PlatformSecret.values()) {
      secret
          .problem(config)
          .ifPresent(
              why ->
                  problems.add(
                      secret.property() + " (" + secret.environmentVariable() + "): " + why));
    }
    return problems;
  }

  /** Whether the development switch is on. */
  public static boolean developmentMode(Function<String, Optional<String>> config) {
    return config.apply(DEV_MODE).map(v -> "true".equalsIgnoreCase(v.strip())).orElse(false);
  }

  /**
   * The verdict: empty when the application may start silently, otherwise the text to log — as a
   * warning in development, as the reason for refusing to start otherwise ({@link #refuses}).
   */
  public static Optional<String> verdict(Function<String, Optional<String>> config) {
    List<String> problems = problems(config);
    if (problems.isEmpty()) {
      return Optional.empty();
    }
    String list = String.join("\n  ", problems);
    if (developmentMode(config)) {
      return Optional.of(
          "Development mode ("
              + DEV_MODE
              + "=true): these secrets are missing or public development values, never run like"
              + " this in production:\n  "
              + list);
    }
    return Optional.of(
        "Sigillo refuses to start: each of these secrets is missing or a public development value"
            + " published in the repository. Set each one (property or environment variable), or"
            + " for development only set "
            + DEV_MODE
            + "=true (SIGILLO_DEV_MODE=true):\n  "
            + list);
  }

  /** Whether the configuration must stop the application. */
  public static boolean refuses(Function<String, Optional<String>> config) {
    return !developmentMode(config) && !problems(config).isEmpty();
  }
}

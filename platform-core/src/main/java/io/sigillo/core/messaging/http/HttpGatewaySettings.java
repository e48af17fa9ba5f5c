package io.sigillo.core.messaging.http;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;

/**
 * Where and how the HTTP SMS gateway is called, read once from {@code sigillo.sms.http.*}. {@link
 * #toString()} never shows the credential.
 *
 * @param authHeader the header that carries the credential, e.g. {@code Authorization} or {@code
 *     X-Api-Key}
 * @param authValue the credential as sent, e.g. {@code Bearer …}; absent for a gateway on a trusted
 *     network
 * @param from the sender when the tenant's name cannot be used
 * @param tenantSender whether the gateway accepts alphanumeric senders (the tenant's name)
 * @param bodyTemplate the JSON body with the placeholders {@code {{to}}}, {@code {{from}}} and
 *     {@code {{text}}}, each written inside a JSON string
 */
public record HttpGatewaySettings(
    URI url,
    String authHeader,
    Optional<String> authValue,
    String from,
    boolean tenantSender,
    String bodyTemplate,
    Duration timeout) {

  public static final String DEFAULT_TEMPLATE =
      "{\"to\":\"{{to}}\",\"from\":\"{{from}}\",\"text\":\"{{text}}\"}";

  public HttpGatewaySettings {
    Objects.requireNonNull(url, "url");
    if (!"https".equals(url.getScheme()) && !"http".equals(url.getScheme())) {
      throw new IllegalArgumentException("sigillo.sms.http.url must be an http(s) URL");
    }
    Objects.requireNonNull(authHeader, "authHeader");
    Objects.requireNonNull(authValue, "authValue");
    Objects.requireNonNull(from, "from");
    if (bodyTemplate == null || !bodyTemplate.contains("{{to}}")) {
      throw new IllegalArgumentException("sigillo.sms.http.body-template needs {{to}}");
    }
    if (!bodyTemplate.contains("{{text}}")) {
      throw new IllegalArgumentException("sigillo.sms.http.body-template needs {{text}}");
    }
    Objects.requireNonNull(timeout, "timeout");
  }

  public static HttpGatewaySettings from(Config config) {
    String url =
        config
            .getOptionalValue("sigillo.sms.http.url", String.class)
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        "sigillo.sms.gateway=http needs sigillo.sms.http.url"));
    return new HttpGatewaySettings(
        URI.create(url),
        value(config, "auth-header", "Authorization"),
        config.getOptionalValue("sigillo.sms.http.auth-value", String.class),
        value(config, "from", "Sigillo"),
        Boolean.parseBoolean(value(config, "tenant-sender", "true")),
        value(config, "body-template", DEFAULT_TEMPLATE),
        Duration.ofSeconds(Long.parseLong(value(config, "timeout-seconds", "10"))));
  }

  private static String value(Config config, String key, String fallback) {
    return config.getOptionalValue("sigillo.sms.http." + key, String.class).orElse(fallback);
  }

  @Override
  public String toString() {
    return "HTTP SMS gateway "
        + url
        + (authValue.isPresent() ? " with " + authHeader + " credential" : " without credential")
        + ", from "
        + from
        + (tenantSender ? " or the tenant's name" : "");
  }
}

package io.sigillo.core.messaging.http;

import io.sigillo.core.messaging.MessagingException;
import io.sigillo.core.messaging.SenderName;
import io.sigillo.core.messaging.SmsMessage;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sends an SMS as one JSON POST to a gateway. The contract, for a gateway or a proxy in front of
 * one:
 *
 * <ul>
 *   <li>{@code POST} to {@code sigillo.sms.http.url} with {@code Content-Type: application/json;
 *       charset=UTF-8} and, if configured, the header {@code sigillo.sms.http.auth-header} (default
 *       {@code Authorization}) set to {@code sigillo.sms.http.auth-value} (e.g. {@code Bearer …});
 *   <li>the body is {@code sigillo.sms.http.body-template}, by default {@code
 *       {"to":"{{to}}","from":"{{from}}","text":"{{text}}"}}, with {@code to} the recipient in
 *       E.164 ({@code +39…}), {@code from} the tenant's name (≤ 11 letters, digits, spaces) or the
 *       configured sender, {@code text} the message in UTF-8; values are JSON-escaped;
 *   <li>any 2xx status means accepted. The message id is the response's JSON string member {@code
 *       id} or {@code messageId}, else its {@code X-Message-Id} header, else a local id {@code
 *       local-<uuid>};
 *   <li>any other status, or no answer within the timeout, means not sent: a {@link
 *       MessagingException} that carries the status but neither the text nor the credential.
 * </ul>
 */
public final class HttpSmsClient {

  private static final Logger LOG = Logger.getLogger(HttpSmsClient.class.getName());
  private static final Pattern ID =
      Pattern.compile("\"(?:id|messageId)\"\\s*:\\s*\"([^\"\\\\]{1,100})\"");

  private final HttpGatewaySettings settings;
  private final HttpClient client;

  public HttpSmsClient(HttpGatewaySettings settings) {
    this.settings = settings;
    this.client =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(settings.timeout())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
  }

  public String send(SmsMessage message) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(settings.url())
            .timeout(settings.timeout())
            .header("Content-Type", "application/json; charset=UTF-8")
            .POST(HttpRequest.BodyPublishers.ofString(body(message), StandardCharsets.UTF_8));
    settings.authValue().ifPresent(value -> request.header(settings.authHeader(), value));
    HttpResponse<String> response;
    try {
      response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new MessagingException(
          "SMS to " + message.maskedRecipient() + " not sent: gateway unreachable", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new MessagingException("SMS to " + message.maskedRecipient() + " interrupted", e);
    }
    int status = response.statusCode();
    if (status < 200 || status > 299) {
      throw new MessagingException(
          "SMS to " + message.maskedRecipient() + " refused by the gateway with HTTP " + status,
          null);
    }
    String id = messageId(response);
    LOG.info(
        () ->
            "SMS to "
                + message.maskedRecipient()
                + " for tenant "
                + message.tenant()
                + " accepted by the HTTP gateway, id "
                + id);
    return id;
  }

  String body(SmsMessage message) {
    String from =
        settings.tenantSender()
            ? SenderName.alphanumeric(message.sender()).orElse(settings.from())
            : settings.from();
    return settings
        .bodyTemplate()
        .replace("{{to}}", json(message.to()))
        .replace("{{from}}", json(from))
        .replace("{{text}}", json(message.text()));
  }

  private static String messageId(HttpResponse<String> response) {
    Matcher matcher = ID.matcher(response.body() == null ? "" : response.body());
    if (matcher.find()) {
      return matcher.group(1);
    }
    return response
        .headers()
        .firstValue("X-Message-Id")
        .orElseGet(() -> "local-" + UUID.randomUUID());
  }

  /** The characters JSON requires escaped inside a string. */
  static String json(String value) {
    StringBuilder out = new StringBuilder(value.length() + 8);
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.toString();
  }
}

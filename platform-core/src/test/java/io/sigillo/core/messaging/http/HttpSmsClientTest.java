package io.sigillo.core.messaging.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import io.sigillo.core.messaging.MessagingException;
import io.sigillo.core.messaging.SmsMessage;
import io.sigillo.core.tenant.TenantId;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The HTTP adapter against a real HTTP server on a loopback port, which records each request. */
class HttpSmsClientTest {

  private static final TenantId BETA = TenantId.of("beta");

  private record Received(
      String method, String path, String auth, String apiKey, String type, String body) {}

  private HttpServer server;
  private final BlockingQueue<Received> requests = new LinkedBlockingQueue<>();
  private final AtomicInteger status = new AtomicInteger(200);
  private final AtomicReference<String> answer =
      new AtomicReference<>("{\"status\":\"queued\",\"id\":\"gw-42\"}");

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext(
        "/sms",
        exchange -> {
          requests.add(
              new Received(
                  exchange.getRequestMethod(),
                  exchange.getRequestURI().getPath(),
                  exchange.getRequestHeaders().getFirst("Authorization"),
                  exchange.getRequestHeaders().getFirst("X-Api-Key"),
                  exchange.getRequestHeaders().getFirst("Content-Type"),
                  new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
          byte[] body = answer.get().getBytes(StandardCharsets.UTF_8);
          exchange.getResponseHeaders().add("X-Message-Id", "header-7");
          exchange.sendResponseHeaders(status.get(), body.length);
          exchange.getResponseBody().write(body);
          exchange.close();
        });
    server.start();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  private URI url() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/sms/send");
  }

  private HttpSmsClient client(String header, String value, String template) {
    return new HttpSmsClient(
        new HttpGatewaySettings(
            url(),
            header,
            Optional.ofNullable(value),
            "Sigillo",
            true,
            template,
            Duration.ofSeconds(5)));
  }

  private Received next() throws InterruptedException {
    Received request = requests.poll(5, TimeUnit.SECONDS);
    assertThat(request).as("a request reached the gateway").isNotNull();
    return request;
  }

  @Test
  void postsTheMessageAsJsonWithTheBearerTokenAndReturnsTheGatewaysId() throws Exception {
    HttpSmsClient client =
        client("Authorization", "Bearer t0ken", HttpGatewaySettings.DEFAULT_TEMPLATE);

    String id =
        client.send(
            new SmsMessage(
                BETA, "Beta Servizi Digitali", "+393471112233", "Codice \"123456\"\nok"));

    Received request = next();
    assertThat(id).isEqualTo("gw-42");
    assertThat(request.method()).isEqualTo("POST");
    assertThat(request.path()).isEqualTo("/sms/send");
    assertThat(request.auth()).isEqualTo("Bearer t0ken");
    assertThat(request.type()).isEqualTo("application/json; charset=UTF-8");
    assertThat(request.body())
        .isEqualTo(
            "{\"to\":\"+393471112233\",\"from\":\"Beta Serviz\",\"text\":\"Codice \\\"123456\\\"\\nok\"}");
  }

  @Test
  void aConfiguredTemplateAndApiKeyHeaderShapeTheRequest() throws Exception {
    answer.set("accepted");
    HttpSmsClient client =
        client(
            "X-Api-Key",
            "k-123",
            "{\"messages\":[{\"destination\":\"{{to}}\",\"sender\":\"{{from}}\",\"body\":\"{{text}}\"}]}");

    String id = client.send(new SmsMessage(BETA, "Beta", "+393471112233", "Codice è 654321"));

    Received request = next();
    assertThat(request.apiKey()).isEqualTo("k-123");
    assertThat(request.auth()).isNull();
    assertThat(request.body())
        .isEqualTo(
            "{\"messages\":[{\"destination\":\"+393471112233\",\"sender\":\"Beta\",\"body\":\"Codice è 654321\"}]}");
    assertThat(id).as("no id in the body: the header's").isEqualTo("header-7");
  }

  @Test
  void aNon2xxAnswerIsAMessagingExceptionWithoutTheTextOrTheCredential() {
    status.set(503);
    HttpSmsClient client =
        client("Authorization", "Bearer t0ken", HttpGatewaySettings.DEFAULT_TEMPLATE);

    assertThatThrownBy(
            () -> client.send(new SmsMessage(BETA, "Beta", "+393471112233", "Codice 777888")))
        .isInstanceOf(MessagingException.class)
        .hasMessageContaining("HTTP 503")
        .hasMessageNotContaining("777888")
        .hasMessageNotContaining("t0ken")
        .hasMessageNotContaining("3471112233");
  }

  @Test
  void anUnreachableGatewayIsAMessagingException() {
    server.stop(0);
    HttpSmsClient client = client("Authorization", null, HttpGatewaySettings.DEFAULT_TEMPLATE);

    assertThatThrownBy(
            () -> client.send(new SmsMessage(BETA, "Beta", "+393471112233", "Codice 777888")))
        .isInstanceOf(MessagingException.class)
        .hasMessageContaining("unreachable");
  }

  @Test
  void theSettingsNeverShowTheCredential() {
    assertThat(
            new HttpGatewaySettings(
                    url(),
                    "Authorization",
                    Optional.of("Bearer t0ken"),
                    "Sigillo",
                    true,
                    HttpGatewaySettings.DEFAULT_TEMPLATE,
                    Duration.ofSeconds(5))
                .toString())
        .doesNotContain("t0ken");
  }
}

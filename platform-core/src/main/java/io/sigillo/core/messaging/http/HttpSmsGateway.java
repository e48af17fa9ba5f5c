package io.sigillo.core.messaging.http;

import io.sigillo.core.messaging.SmsAdapter;
import io.sigillo.core.messaging.SmsGateway;
import io.sigillo.core.messaging.SmsMessage;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * SMS through a generic HTTP gateway (contract: {@link HttpSmsClient}), {@code sigillo.sms.http.*}.
 */
@ApplicationScoped
@SmsAdapter(HttpSmsGateway.ID)
public class HttpSmsGateway implements SmsGateway {

  public static final String ID = "http";

  private static final Logger LOG = Logger.getLogger(HttpSmsGateway.class.getName());

  private HttpSmsClient client;

  @PostConstruct
  void configure() {
    HttpGatewaySettings settings = HttpGatewaySettings.from(ConfigProvider.getConfig());
    client = new HttpSmsClient(settings);
    LOG.info(() -> "SMS through " + settings);
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String send(SmsMessage message) {
    return client.send(message);
  }
}

package io.sigillo.core.messaging.smpp;

import io.sigillo.core.messaging.SmsAdapter;
import io.sigillo.core.messaging.SmsGateway;
import io.sigillo.core.messaging.SmsMessage;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * SMS through an SMSC over SMPP 3.4 (jSMPP), configured by {@code sigillo.sms.smpp.*}. The session
 * is bound on the first message, not at start-up, so an SMSC that is down does not stop the portal;
 * each message then binds again until one succeeds.
 */
@ApplicationScoped
@SmsAdapter(SmppSmsGateway.ID)
public class SmppSmsGateway implements SmsGateway {

  public static final String ID = "smpp";

  private SmppClient client;

  @PostConstruct
  void configure() {
    client = new SmppClient(SmppSettings.from(ConfigProvider.getConfig()));
  }

  @PreDestroy
  void unbind() {
    client.close();
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String send(SmsMessage message) {
    return client.submit(message);
  }
}

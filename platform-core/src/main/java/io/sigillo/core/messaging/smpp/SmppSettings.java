package io.sigillo.core.messaging.smpp;

import java.time.Duration;
import java.util.Objects;
import org.eclipse.microprofile.config.Config;

/**
 * How the platform binds to its SMSC, read once from configuration ({@code sigillo.sms.smpp.*}).
 * {@link #toString()} never shows the password.
 *
 * @param systemType the {@code system_type} the SMSC expects at bind; often empty
 * @param sourceAddress the sender address used when no tenant name can be the sender
 * @param sourceTon type of number of {@code sourceAddress} (5 = alphanumeric, 1 = international)
 * @param sourceNpi numbering plan of {@code sourceAddress} (0 = unknown, 1 = ISDN)
 * @param tenantSender whether the SMSC accepts alphanumeric senders, so the tenant's name is shown
 * @param payloadForLongTexts send a long text as one {@code submit_sm} with {@code message_payload}
 *     instead of concatenated parts with a user data header
 * @param timeout bind and response timeout
 * @param enquireLink interval of the keep-alive {@code enquire_link}
 */
public record SmppSettings(
    String host,
    int port,
    String systemId,
    String password,
    String systemType,
    String sourceAddress,
    byte sourceTon,
    byte sourceNpi,
    boolean tenantSender,
    boolean payloadForLongTexts,
    Duration timeout,
    Duration enquireLink) {

  public SmppSettings {
    Objects.requireNonNull(host, "host");
    if (port < 1 || port > 65535) {
      throw new IllegalArgumentException("sigillo.sms.smpp.port must be 1..65535");
    }
    Objects.requireNonNull(systemId, "systemId");
    password = Objects.requireNonNullElse(password, "");
    systemType = Objects.requireNonNullElse(systemType, "");
    Objects.requireNonNull(sourceAddress, "sourceAddress");
    Objects.requireNonNull(timeout, "timeout");
    Objects.requireNonNull(enquireLink, "enquireLink");
    // SMPP 3.4 field limits (C-octet strings without the NUL). Checked here, at start-up, because
    // jSMPP's own complaint quotes the value, and the value may be the password.
    requireAtMost("system-id", systemId, 15);
    requireAtMost("password", password, 8);
    requireAtMost("system-type", systemType, 12);
    requireAtMost("source-address", sourceAddress, 20);
  }

  private static void requireAtMost(String key, String value, int max) {
    if (value.length() > max) {
      throw new IllegalArgumentException(
          "sigillo.sms.smpp." + key + " must be at most " + max + " characters (SMPP 3.4)");
    }
  }

  /** The {@code sigillo.sms.smpp.*} keys, with the defaults the README lists. */
  public static SmppSettings from(Config config) {
    return new SmppSettings(
        value(config, "host", "127.0.0.1"),
        Integer.parseInt(value(config, "port", "2775")),
        value(config, "system-id", "sigillo"),
        value(config, "password", ""),
        value(config, "system-type", ""),
        value(config, "source-address", "Sigillo"),
        Byte.parseByte(value(config, "source-ton", "5")),
        Byte.parseByte(value(config, "source-npi", "0")),
        Boolean.parseBoolean(value(config, "tenant-sender", "true")),
        "payload".equalsIgnoreCase(value(config, "long-messages", "udh")),
        Duration.ofSeconds(Long.parseLong(value(config, "timeout-seconds", "10"))),
        Duration.ofSeconds(Long.parseLong(value(config, "enquire-link-seconds", "30"))));
  }

  private static String value(Config config, String key, String fallback) {
    return config.getOptionalValue("sigillo.sms.smpp." + key, String.class).orElse(fallback);
  }

  @Override
  public String toString() {
    return "SMPP "
        + systemId
        + "@"
        + host
        + ":"
        + port
        + (systemType.isEmpty() ? "" : " type " + systemType)
        + ", source "
        + sourceAddress
        + (tenantSender ? " or the tenant's name" : "")
        + (payloadForLongTexts ? ", long texts as message_payload" : ", long texts in parts");
  }
}

package io.sigillo.core.session;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A sign-in on a tenant's portal as the audit trail keeps it ({@value #ACTION}, subject the
 * person): the level the broker vouched for, the kind of device, the browser and system the
 * User-Agent names, the network (see {@link Networks}). No address, no token, nothing secret: the
 * person reads it back on their activity page.
 */
public record SignIn(int level, String device, String client, String network) {

  /** The audit action of a sign-in. */
  public static final String ACTION = "session.signed-in";

  public SignIn {
    device = clean(device);
    client = clean(client);
    network = clean(network);
  }

  /** The audit event's detail. */
  public String detail() {
    return "level=" + level + ";device=" + device + ";client=" + client + ";network=" + network;
  }

  /** The sign-in an event's detail describes; empty for any other text. */
  public static Optional<SignIn> parse(String detail) {
    if (detail == null) {
      return Optional.empty();
    }
    Map<String, String> fields = new HashMap<>();
    for (String part : detail.split(";")) {
      int equals = part.indexOf('=');
      if (equals > 0) {
        fields.put(part.substring(0, equals), part.substring(equals + 1));
      }
    }
    String level = fields.getOrDefault("level", "");
    if (!level.matches("[12]")) {
      return Optional.empty();
    }
    return Optional.of(
        new SignIn(
            Integer.parseInt(level),
            fields.get("device"),
            fields.get("client"),
            Networks.shown(fields.get("network"))));
  }

  /** The separators of the detail never appear inside a value; nothing grows without bound. */
  private static String clean(String value) {
    String text = value == null || value.isBlank() ? "?" : value.replaceAll("[;=\\p{Cntrl}]", " ");
    return text.length() > 120 ? text.substring(0, 120) : text.strip();
  }
}

package io.sigillo.core.session;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A client's network as a person may be shown it: the address with its last part hidden (an IPv4
 * /24, an IPv6 /48), enough to tell "my home" from "somewhere else", not to locate anybody. IPv6
 * networks are written as people read them elsewhere (RFC 5952: lower case, no leading zeros, the
 * longest run of zero groups as {@code ::}); the loopback is shown as itself, an IPv4 address in
 * IPv6 form as IPv4.
 *
 * <p>Parsed by hand rather than with {@code InetAddress}, which would resolve anything that is not
 * a literal through DNS.
 */
public final class Networks {

  private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
  private static final Pattern GROUP = Pattern.compile("[0-9a-f]{1,4}");
  private static final int GROUPS = 8;
  private static final int KEPT_GROUPS = 3;

  private Networks() {}

  public static String approximate(String address) {
    if (address == null || address.isBlank()) {
      return "?";
    }
    String ip = address.strip();
    if (ip.startsWith("[") && ip.endsWith("]")) {
      ip = ip.substring(1, ip.length() - 1);
    }
    if (IPV4.matcher(ip).matches()) {
      return ipv4(ip);
    }
    if (ip.contains(":")) {
      int zone = ip.indexOf('%');
      int[] groups = ipv6(zone < 0 ? ip : ip.substring(0, zone));
      if (groups != null) {
        return ipv6Network(groups);
      }
    }
    return "?";
  }

  /**
   * A network as stored by an earlier version, which kept an IPv6 network's first three groups as
   * the client sent them ({@code 0:0:0::/48}, {@code 2001:0DB8:0001::/48}): written the usual way.
   * Anything else is returned unchanged.
   */
  public static String shown(String stored) {
    if (stored == null || !stored.endsWith("::/48")) {
      return stored;
    }
    String network = approximate(stored.substring(0, stored.length() - "/48".length()));
    return network.endsWith("/48") ? network : stored;
  }

  private static String ipv4(String ip) {
    String[] parts = ip.split("\\.");
    for (String part : parts) {
      if (Integer.parseInt(part) > 255) {
        return "?";
      }
    }
    return Integer.parseInt(parts[0])
        + "."
        + Integer.parseInt(parts[1])
        + "."
        + Integer.parseInt(parts[2])
        + ".0/24";
  }

  private static String ipv6Network(int[] groups) {
    boolean zeroPrefix = true;
    for (int i = 0; i < 5; i++) {
      zeroPrefix &= groups[i] == 0;
    }
    if (zeroPrefix && groups[5] == 0 && groups[6] == 0 && groups[7] == 1) {
      return "::1";
    }
    if (zeroPrefix && groups[5] == 0xffff) {
      return ipv4((groups[6] >> 8) + "." + (groups[6] & 0xff) + "." + (groups[7] >> 8) + ".0");
    }
    int[] network = new int[GROUPS];
    System.arraycopy(groups, 0, network, 0, KEPT_GROUPS);
    return compressed(network) + "/48";
  }

  /** The eight 16-bit groups of an IPv6 literal (with an optional dotted IPv4 tail), or null. */
  private static int[] ipv6(String text) {
    String ip = text.toLowerCase(Locale.ROOT);
    int lastColon = ip.lastIndexOf(':');
    String last = ip.substring(lastColon + 1);
    if (last.contains(".")) {
      // a dotted IPv4 tail is the last two groups
      if (!IPV4.matcher(last).matches()) {
        return null;
      }
      int[] bytes = new int[4];
      String[] parts = last.split("\\.");
      for (int i = 0; i < 4; i++) {
        bytes[i] = Integer.parseInt(parts[i]);
        if (bytes[i] > 255) {
          return null;
        }
      }
      ip =
          ip.substring(0, lastColon + 1)
              + Integer.toHexString(bytes[0] << 8 | bytes[1])
              + ":"
              + Integer.toHexString(bytes[2] << 8 | bytes[3]);
    }
    int gap = ip.indexOf("::");
    if (gap >= 0 && ip.indexOf("::", gap + 1) >= 0) {
      return null;
    }
    int[] head = groups(gap < 0 ? ip : ip.substring(0, gap));
    int[] rest = gap < 0 ? new int[0] : groups(ip.substring(gap + 2));
    if (head == null || rest == null) {
      return null;
    }
    int given = head.length + rest.length;
    if (gap < 0 ? given != GROUPS : given > GROUPS - 1) {
      return null;
    }
    int[] all = new int[GROUPS];
    System.arraycopy(head, 0, all, 0, head.length);
    System.arraycopy(rest, 0, all, GROUPS - rest.length, rest.length);
    return all;
  }

  private static int[] groups(String part) {
    if (part.isEmpty()) {
      return new int[0];
    }
    String[] texts = part.split(":", -1);
    int[] values = new int[texts.length];
    for (int i = 0; i < texts.length; i++) {
      if (!GROUP.matcher(texts[i]).matches()) {
        return null;
      }
      values[i] = Integer.parseInt(texts[i], 16);
    }
    return values;
  }

  /** RFC 5952 section 4: the first longest run of two or more zero groups becomes "::". */
  private static String compressed(int[] groups) {
    int bestStart = -1;
    int bestLength = 1;
    for (int i = 0; i < groups.length; ) {
      if (groups[i] != 0) {
        i++;
        continue;
      }
      int j = i;
      while (j < groups.length && groups[j] == 0) {
        j++;
      }
      if (j - i > bestLength) {
        bestStart = i;
        bestLength = j - i;
      }
      i = j;
    }
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < groups.length; i++) {
      if (i == bestStart) {
        text.append("::");
        i += bestLength - 1;
        continue;
      }
      if (text.length() > 0 && text.charAt(text.length() - 1) != ':') {
        text.append(':');
      }
      text.append(Integer.toHexString(groups[i]));
    }
    return text.toString();
  }
}

package io.sigillo.core.session;

/**
 * A client's network as a person may be shown it: the address with its last part hidden (an IPv4
 * /24, an IPv6 /48), enough to tell "my home" from "somewhere else", not to locate anybody.
 */
public final class Networks {

  private Networks() {}

  public static String approximate(String address) {
    if (address == null || address.isBlank()) {
      return "?";
    }
    String ip = address.strip();
    if (ip.matches("\\d{1,3}(\\.\\d{1,3}){3}")) {
      return ip.substring(0, ip.lastIndexOf('.')) + ".0/24";
    }
    if (ip.contains(":")) {
      String[] groups = ip.split(":", -1);
      if (groups.length >= 3) {
        return groups[0] + ":" + groups[1] + ":" + groups[2] + "::/48";
      }
    }
    return "?";
  }
}

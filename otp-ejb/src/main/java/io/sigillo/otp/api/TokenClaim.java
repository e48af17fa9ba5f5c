package io.sigillo.otp.api;

import java.util.List;

/**
 * A holder's claim of a token from stock: its serial and two (or, when asked, three) consecutive
 * codes it shows, as proof the holder has it in hand.
 *
 * @param owner the holder who will own the token: the caller's username
 */
public record TokenClaim(String owner, String serial, List<String> codes) {

  @Override
  public String toString() {
    return "TokenClaim[owner=" + owner + ", serial=" + serial + "]";
  }
}

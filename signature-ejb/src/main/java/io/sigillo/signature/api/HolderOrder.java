package io.sigillo.signature.api;

/**
 * What a person enters to order a remote-signature certificate: holder data, mobile number, e-mail
 * and the remote-signature password. The password array is wiped by the module once hashed.
 *
 * @param mobile in E.164 form or as Italians type it ({@code 333 123 4567}, {@code 0039…})
 */
public record HolderOrder(HolderData data, String mobile, String email, char[] password) {

  @Override
  public String toString() {
    return "HolderOrder[" + (data == null ? "" : data.codiceFiscale()) + "]";
  }
}

package io.sigillo.it.holder;

import static org.assertj.core.api.Assertions.assertThat;

import io.sigillo.it.support.TenantApi;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A relying party's view of a holder's certificate: the tenant's CA and CRL fetched from its public
 * {@code /pki} addresses and the certificate checked with {@code openssl verify -crl_check}, as
 * someone who receives a signed document would check it.
 */
final class OpenSsl {

  private OpenSsl() {}

  /**
   * Writes {@code leaf.pem} (the holder's certificate as the API serves it) and {@code ca.pem} into
   * a fresh directory; returns the directory.
   */
  static Path certificateOf(TenantApi holder, String certificateId) throws Exception {
    String pem = holder.get("/api/signature/certificates/" + certificateId + "/pem").body();
    assertThat(pem).contains("BEGIN CERTIFICATE");
    Path dir = Files.createTempDirectory("certs-it");
    Files.writeString(dir.resolve("leaf.pem"), pem);
    Files.writeString(
        dir.resolve("ca.pem"), pem("CERTIFICATE", holder.getBytes("/pki/ca.crt").body()));
    return dir;
  }

  /** Fetches the tenant's CRL as a relying party would and checks the holder's certificate. */
  static String verify(Path dir, TenantApi api) throws Exception {
    Files.writeString(dir.resolve("crl.pem"), pem("X509 CRL", api.getBytes("/pki/crl").body()));
    return openssl(
        dir, "verify", "-CAfile", "ca.pem", "-crl_check", "-CRLfile", "crl.pem", "leaf.pem");
  }

  static String pem(String type, byte[] der) {
    return "-----BEGIN "
        + type
        + "-----\n"
        + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der)
        + "\n-----END "
        + type
        + "-----\n";
  }

  static String openssl(Path dir, String... arguments) throws Exception {
    List<String> command = new ArrayList<>(List.of("openssl"));
    command.addAll(List.of(arguments));
    Process process =
        new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    return output;
  }
}

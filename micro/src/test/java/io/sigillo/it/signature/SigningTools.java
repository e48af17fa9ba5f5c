package io.sigillo.it.signature;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs the independent tools the signing tests check against, in a scratch directory: OpenSSL,
 * pdfsig with an NSS database trusting one CA, pkcs11-tool on the test token.
 */
final class SigningTools {

  final Path dir;

  SigningTools() {
    try {
      dir = Files.createTempDirectory("sigillo-signing-it");
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The command's output (stdout and stderr); tools like pdfsig exit 0 even on a bad signature. */
  String run(String... command) {
    try {
      Process process =
          new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
      String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!process.waitFor(60, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new IllegalStateException(String.join(" ", command) + " did not finish");
      }
      return output;
    } catch (IOException e) {
      throw new IllegalStateException(String.join(" ", command) + " could not run", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  String write(String name, byte[] content) {
    try {
      Path file = dir.resolve(name);
      Files.write(file, content);
      return file.toString();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  String pem(String name, String type, byte[] der) {
    String body =
        Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der);
    return write(
        name,
        ("-----BEGIN " + type + "-----\n" + body + "\n-----END " + type + "-----\n")
            .getBytes(StandardCharsets.US_ASCII));
  }

  String opensslVerify(byte[] ca, byte[] crl, byte[] leaf) {
    return run(
        "openssl",
        "verify",
        "-CAfile",
        pem("ca.pem", "CERTIFICATE", ca),
        "-crl_check",
        "-CRLfile",
        pem("crl.pem", "X509 CRL", crl),
        pem("leaf.pem", "CERTIFICATE", leaf));
  }

  /** An NSS database that trusts the CA for signing (pdfsig's trust store), optionally a CRL. */
  String nssTrusting(String name, byte[] ca, byte[] crlOrNull) {
    Path nss = dir.resolve(name);
    try {
      Files.createDirectories(nss);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    String db = "sql:" + nss;
    expectQuiet(run("certutil", "-N", "-d", db, "--empty-password"));
    expectQuiet(
        run(
            "certutil",
            "-A",
            "-d",
            db,
            "-n",
            "Sigillo CA",
            "-t",
            "C,C,",
            "-a",
            "-i",
            pem(name + "-ca.pem", "CERTIFICATE", ca)));
    if (crlOrNull != null) {
      expectQuiet(run("crlutil", "-I", "-d", db, "-i", write(name + ".crl", crlOrNull)));
    }
    return db;
  }

  String pdfsig(String nssDb, byte[] pdf, String name) {
    return run("pdfsig", "-nssdir", nssDb, write(name, pdf));
  }

  /** The token's private key objects as pkcs11-tool lists them (labels, usage, access flags). */
  String privateKeyObjects() {
    List<String> command = new ArrayList<>();
    command.add("pkcs11-tool");
    command.add("--module");
    command.add(System.getProperty("sigillo.keystore.pkcs11.library"));
    command.add("--slot");
    command.add(System.getProperty("sigillo.keystore.pkcs11.slot"));
    command.add("--login");
    command.add("--pin");
    command.add(System.getProperty("sigillo.keystore.pkcs11.pin"));
    command.add("--list-objects");
    command.add("--type");
    command.add("privkey");
    return run(command.toArray(new String[0]));
  }

  /** AssertJ is not in the deployment: in-container tests use JUnit's assertions. */
  static void contains(String text, String... parts) {
    for (String part : parts) {
      org.junit.jupiter.api.Assertions.assertTrue(
          text.contains(part), () -> "expected «" + part + "» in:\n" + text);
    }
  }

  private static void expectQuiet(String output) {
    if (!output.isBlank()) {
      throw new IllegalStateException("NSS tool said: " + output);
    }
  }
}

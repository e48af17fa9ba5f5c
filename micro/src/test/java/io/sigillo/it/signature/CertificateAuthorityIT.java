package io.sigillo.it.signature;

import static io.sigillo.it.signature.SigningTools.contains;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sigillo.core.audit.Actor;
import io.sigillo.core.error.SigilloException;
import io.sigillo.core.tenant.TenantId;
import io.sigillo.core.time.PlatformClock;
import io.sigillo.it.Deployments;
import io.sigillo.it.support.ActsAsPlatform;
import io.sigillo.it.support.TestTenants;
import io.sigillo.signature.api.CertificateAuthority;
import io.sigillo.signature.api.CertificateError;
import io.sigillo.signature.api.CertificateRequest;
import io.sigillo.signature.api.CertificateStatus;
import io.sigillo.signature.api.CertificateSummary;
import io.sigillo.signature.api.RevocationReason;
import io.sigillo.signature.application.certificate.CertificateLifecycle;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.KeyFactory;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.Security;
import java.security.cert.CertificateFactory;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.security.spec.RSAPrivateCrtKeySpec;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The tenant CA in the container, keys in the SoftHSM2 token: certificates with the holder's name
 * and tax code, the life cycle and the CRL checked by OpenSSL, the key that never leaves the token
 * (pkcs11-tool and the PKCS#11 API both say so), tenant isolation, and the CA repository served by
 * the portal over HTTP.
 */
@ExtendWith({ArquillianExtension.class, ActsAsPlatform.class})
class CertificateAuthorityIT {

  private static final Actor OPERATOR = Actor.system("it-operator");
  private static final AtomicLong HOLDERS = new AtomicLong(1000);

  @Deployment
  static WebArchive deployment() {
    // one archive for every in-container class: they share one Micro (Deployments.inContainer)
    return Deployments.inContainer();
  }

  @Inject private CertificateAuthority authority;
  @Inject private CertificateLifecycle certificates;
  @Inject private PlatformClock clock;

  @ArquillianResource private URL base;

  @AfterEach
  void backToRealTime() {
    if (clock != null) {
      clock.reset();
    }
  }

  private static TenantId freshTenant(String prefix) {
    return TenantId.of(prefix + "-" + UUID.randomUUID().toString().substring(0, 8));
  }

  private CertificateSummary issue(TenantId tenant, int days) {
    return certificates.issue(
        tenant,
        new CertificateRequest(
            HOLDERS.incrementAndGet(),
            "Mario",
            "Rossi",
            "RSSMRA85T10A562S",
            "mario@example.it",
            days),
        OPERATOR);
  }

  private static X509Certificate x509(byte[] der) throws Exception {
    return (X509Certificate)
        CertificateFactory.getInstance("X.509").generateCertificate(new ByteArrayInputStream(der));
  }

  @Test
  void issuedCertificateNamesTheHolderWithTaxCodeNonRepudiationAndQualifiedStatements()
      throws Exception {
    TenantId tenant = freshTenant("ca");
    CertificateSummary issued = issue(tenant, 365);
    SigningTools tools = new SigningTools();

    assertEquals(CertificateStatus.ACTIVE, issued.status());
    assertEquals("RSSMRA85T10A562S", issued.codiceFiscale());
    assertEquals(
        java.util.List.of(issued.id()),
        certificates.certificatesOf(tenant, issued.holderId()).stream()
            .map(CertificateSummary::id)
            .toList());
    X509Certificate leaf = x509(certificates.certificate(tenant, issued.id()));
    X509Certificate ca = x509(authority.caCertificate(tenant));
    leaf.verify(ca.getPublicKey());
    assertEquals(issued.serialNumber(), leaf.getSerialNumber().toString(16));
    contains(ca.getSubjectX500Principal().getName(), "Sigillo Signing CA " + tenant);

    String text =
        tools.run(
            "openssl",
            "x509",
            "-noout",
            "-text",
            "-nameopt",
            "RFC2253",
            "-in",
            tools.pem("leaf.pem", "CERTIFICATE", leaf.getEncoded()));
    contains(
        text,
        "serialNumber=TINIT-RSSMRA85T10A562S",
        "GN=MARIO",
        "SN=ROSSI",
        "X509v3 Key Usage: critical",
        "Non Repudiation",
        "qcStatements",
        "URI:http://" + tenant + ".localhost/pki/crl",
        "CA Issuers - URI:http://" + tenant + ".localhost/pki/ca.crt");
  }

  @Test
  void opensslAcceptsTheChainAndCrlUntilRevocationThenReportsError23() throws Exception {
    TenantId tenant = freshTenant("crl");
    CertificateSummary issued = issue(tenant, 365);
    SigningTools tools = new SigningTools();
    byte[] ca = authority.caCertificate(tenant);
    byte[] leaf = certificates.certificate(tenant, issued.id());

    contains(tools.opensslVerify(ca, authority.crl(tenant), leaf), ": OK");

    CertificateSummary revoked =
        certificates.revoke(tenant, issued.id(), RevocationReason.KEY_COMPROMISE, OPERATOR);

    assertEquals(CertificateStatus.REVOKED, revoked.status());
    assertEquals(
        java.util.Optional.of(RevocationReason.KEY_COMPROMISE), revoked.revocationReason());
    byte[] crl = authority.crl(tenant);
    contains(tools.opensslVerify(ca, crl, leaf), "error 23", "certificate revoked");
    String listing = crlText(tools, "crl.der", crl);
    contains(listing.toLowerCase(java.util.Locale.ROOT), "key compromise", issued.serialNumber());
  }

  @Test
  void suspensionIsACertificateHoldAndReactivationTakesItOffTheCrl() throws Exception {
    TenantId tenant = freshTenant("hold");
    CertificateSummary issued = issue(tenant, 365);
    SigningTools tools = new SigningTools();
    byte[] ca = authority.caCertificate(tenant);
    byte[] leaf = certificates.certificate(tenant, issued.id());

    CertificateSummary suspended =
        certificates.suspend(tenant, issued.id(), "holder reported a lost phone", OPERATOR);
    assertEquals(CertificateStatus.SUSPENDED, suspended.status());
    byte[] held = authority.crl(tenant);
    contains(tools.opensslVerify(ca, held, leaf), "error 23");
    contains(crlText(tools, "held.der", held), "Certificate Hold");

    CertificateSummary back = certificates.reactivate(tenant, issued.id(), "phone found", OPERATOR);
    assertEquals(CertificateStatus.ACTIVE, back.status());
    byte[] clear = authority.crl(tenant);
    contains(tools.opensslVerify(ca, clear, leaf), ": OK");
    X509CRL parsed =
        (X509CRL)
            CertificateFactory.getInstance("X.509").generateCRL(new ByteArrayInputStream(clear));
    assertNull(parsed.getRevokedCertificates());
  }

  @Test
  void transitionsThatMakeNoSenseAreRefusedWithTheirCode() {
    TenantId tenant = freshTenant("life");
    CertificateSummary issued = issue(tenant, 365);

    SigilloException notSuspended =
        assertThrows(
            SigilloException.class,
            () -> certificates.reactivate(tenant, issued.id(), "why not", OPERATOR));
    assertEquals(CertificateError.TRANSITION_NOT_ALLOWED, notSuspended.code());
    SigilloException noReason =
        assertThrows(
            SigilloException.class, () -> certificates.suspend(tenant, issued.id(), " ", OPERATOR));
    assertEquals(CertificateError.REASON_REQUIRED, noReason.code());

    certificates.revoke(tenant, issued.id(), RevocationReason.CESSATION_OF_OPERATION, OPERATOR);
    SigilloException twice =
        assertThrows(
            SigilloException.class,
            () -> certificates.revoke(tenant, issued.id(), RevocationReason.SUPERSEDED, OPERATOR));
    assertEquals(CertificateError.TRANSITION_NOT_ALLOWED, twice.code());
    assertEquals(
        CertificateError.TRANSITION_NOT_ALLOWED,
        assertThrows(
                SigilloException.class,
                () -> certificates.suspend(tenant, issued.id(), "too late", OPERATOR))
            .code());
  }

  @Test
  void aCertificateExpiresWhenItsValidityEnds() {
    TenantId tenant = freshTenant("exp");
    CertificateSummary issued = issue(tenant, 30);

    clock.travel(Duration.ofDays(31));

    CertificateSummary later = certificates.get(tenant, issued.id());
    assertEquals(CertificateStatus.EXPIRED, later.status());
    assertFalse(later.usable());
    assertEquals(
        CertificateError.TRANSITION_NOT_ALLOWED,
        assertThrows(
                SigilloException.class,
                () -> certificates.suspend(tenant, issued.id(), "expired anyway", OPERATOR))
            .code());
  }

  @Test
  void badRequestFieldsAreNamed() {
    TenantId tenant = freshTenant("req");
    SigilloException badTaxCode =
        assertThrows(
            SigilloException.class,
            () ->
                certificates.issue(
                    tenant,
                    new CertificateRequest(7, "Mario", "Rossi", "RSSMRA85", null, 365),
                    OPERATOR));
    assertEquals(CertificateError.REQUEST_INVALID, badTaxCode.code());
    assertEquals("codiceFiscale", badTaxCode.arguments().get(0));
    SigilloException tooLong =
        assertThrows(
            SigilloException.class,
            () ->
                certificates.issue(
                    tenant,
                    new CertificateRequest(7, "Mario", "Rossi", "RSSMRA85T10A562S", null, 5000),
                    OPERATOR));
    assertEquals("validityDays", tooLong.arguments().get(0));
  }

  @Test
  void anotherTenantNeitherSeesNorChangesTheCertificate() {
    TenantId alpha = freshTenant("alpha");
    TenantId beta = freshTenant("beta");
    CertificateSummary issued = issue(alpha, 365);

    assertTrue(authority.find(beta, issued.id()).isEmpty());
    assertTrue(certificates.certificatesOf(beta, issued.holderId()).isEmpty());
    SigilloException refused =
        assertThrows(
            SigilloException.class,
            () -> certificates.revoke(beta, issued.id(), RevocationReason.UNSPECIFIED, OPERATOR));
    assertEquals(CertificateError.CERTIFICATE_NOT_FOUND, refused.code());
    assertEquals(CertificateStatus.ACTIVE, certificates.get(alpha, issued.id()).status());
    assertFalse(
        java.util.Arrays.equals(authority.caCertificate(beta), authority.caCertificate(alpha)));
  }

  @Test
  void theHolderKeyIsGeneratedInTheTokenAndCannotBeExtracted() throws Exception {
    TenantId tenant = freshTenant("key");
    CertificateSummary issued = issue(tenant, 365);
    String alias = "holder-" + tenant + "-" + issued.serialNumber();

    // an independent PKCS#11 client (OpenSC) reads the object's attributes from the token
    String objects = new SigningTools().privateKeyObjects();
    // SunPKCS11 names a key entry by its CKA_ID, the alias's bytes
    String id =
        java.util.HexFormat.of().formatHex(alias.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    int at = objects.indexOf("ID:         " + id);
    assertTrue(at >= 0, objects);
    String object = objects.substring(at, Math.min(objects.length(), at + 400));
    contains(object, "Usage:      sign", "sensitive, always sensitive, never extractable, local");

    // and through the PKCS#11 API: a handle, no key material, key specs refused
    Provider token =
        Security.getProvider("SunPKCS11")
            .configure(
                "--name = it-reader\nlibrary = "
                    + System.getProperty("sigillo.keystore.pkcs11.library")
                    + "\nslot = "
                    + System.getProperty("sigillo.keystore.pkcs11.slot")
                    + "\n");
    KeyStore store = KeyStore.getInstance("PKCS11", token);
    store.load(null, System.getProperty("sigillo.keystore.pkcs11.pin").toCharArray());
    PrivateKey key = (PrivateKey) store.getKey(alias, null);
    assertNotNull(key);
    assertNull(key.getEncoded());
    assertThrows(
        java.security.GeneralSecurityException.class,
        () -> KeyFactory.getInstance("RSA", token).getKeySpec(key, RSAPrivateCrtKeySpec.class));
  }

  @Test
  @RunAsClient
  void thePortalServesTheCaCertificateAndASignedCrlOnTheTenantsHost() throws Exception {
    TestTenants.Tenant tenant = TestTenants.active("pki", "PKI Fiduciaria", "#0b5394", "#e69138");
    HttpResponse<byte[]> ca = get("/pki/ca.crt", tenant.host());
    HttpResponse<byte[]> crl = get("/pki/crl", tenant.host());

    assertEquals(200, ca.statusCode());
    contains(ca.headers().firstValue("Content-Type").orElse(""), "application/pkix-cert");
    assertEquals(200, crl.statusCode());
    contains(crl.headers().firstValue("Content-Type").orElse(""), "application/pkix-crl");
    X509Certificate caCertificate = x509(ca.body());
    contains(caCertificate.getSubjectX500Principal().getName(), tenant.slug());
    SigningTools tools = new SigningTools();
    String checked =
        tools.run(
            "openssl",
            "crl",
            "-inform",
            "DER",
            "-noout",
            "-in",
            tools.write("crl.der", crl.body()),
            "-CAfile",
            tools.pem("ca.pem", "CERTIFICATE", ca.body()));
    contains(checked, "verify OK");
    assertEquals(404, get("/pki/nothing", tenant.host()).statusCode());
  }

  /** The CRL as openssl prints it, an independent reading of what the authority published. */
  private static String crlText(SigningTools tools, String file, byte[] crl) {
    return tools.run(
        "openssl", "crl", "-inform", "DER", "-noout", "-text", "-in", tools.write(file, crl));
  }

  private HttpResponse<byte[]> get(String path, String host) throws Exception {
    HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    URI uri = base.toURI().resolve(path.substring(1));
    return client.send(
        HttpRequest.newBuilder(uri).header("Host", host + ":" + base.getPort()).GET().build(),
        HttpResponse.BodyHandlers.ofByteArray());
  }
}

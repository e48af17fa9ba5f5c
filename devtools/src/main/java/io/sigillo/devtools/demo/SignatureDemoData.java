package io.sigillo.devtools.demo;

import com.eatthepath.otp.HmacOneTimePasswordGenerator;
import io.sigillo.core.audit.Actor;
import io.sigillo.core.error.SigilloException;
import io.sigillo.core.tenant.TenantId;
import io.sigillo.otp.api.ClaimResult;
import io.sigillo.otp.api.TokenClaim;
import io.sigillo.otp.api.TokenFile;
import io.sigillo.otp.api.TokenFileFormat;
import io.sigillo.otp.api.TokenInventory;
import io.sigillo.signature.api.HolderData;
import io.sigillo.signature.api.HolderImport;
import io.sigillo.signature.api.HolderOrder;
import io.sigillo.signature.api.Holders;
import io.sigillo.signature.api.Sex;
import io.sigillo.signature.api.SignaturePolicies;
import io.sigillo.signature.api.SignaturePolicySettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;
import javax.crypto.spec.SecretKeySpec;

/**
 * Remote-signature demo holders, one per path a person should be able to walk in the browser (see
 * README, "Demo credentials"). Every demo token has the public RFC 4226 test seed, so its codes
 * come from {@code oathtool --hotp -b -c N GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ}; presses 0 and 1 went
 * to the claim, so a claimed token's next code is press 2.
 *
 * <ul>
 *   <li>certificate policies: alpha issues two-year certificates with renewal from 60 days before
 *       expiry, beta certificates of 1185 days (the longest allowed) with renewal from 90 days;
 *   <li>alpha {@code mario.rossi}: ordered now from his verified identity (DemoSeeder registers it
 *       with his tax code), token DEMO-A-001, two-year certificate: sign PDFs, change contacts;
 *   <li>alpha {@code giulia.bianchi}: migrated, certificate expiring in 60 days, token DEMO-A-002:
 *       renewal (type a code 50 presses ahead for "token out of sync", then resynchronise);
 *   <li>beta {@code luca.verdi}: migrated with the province typed as municipality: renewal stops
 *       with "holder data inconsistent" until corrected;
 *   <li>beta {@code anna.neri}: migrated with Mario Rossi's mobile number: renewal stops with
 *       "contact already in use" until the mobile is changed;
 *   <li>tokens DEMO-A-101..103 and DEMO-B-101..103 in stock for new orders.
 * </ul>
 */
@ApplicationScoped
public class SignatureDemoData {

  /** Public on purpose: RFC 4226's test seed ("12345678901234567890"), for the demo only. */
  static final String SEED = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";

  static final String PASSWORD = "Firma-Demo-2026";
  private static final Logger LOG = Logger.getLogger(SignatureDemoData.class.getName());
  private static final Actor ACTOR = Actor.system("demo-seeder");
  private static final Actor OTP_ACTOR = Actor.system("demo-seeder");

  @Inject private Holders holders;
  @Inject private TokenInventory inventory;
  @Inject private SignaturePolicies policies;

  public void seed() {
    TenantId alpha = TenantId.of("alpha");
    TenantId beta = TenantId.of("beta");
    try {
      policy(alpha, new SignaturePolicySettings(730, 60, 10, 5));
      policy(beta, new SignaturePolicySettings(1185, 90, 12, 3));
      stock(alpha, "DEMO-A-001", "DEMO-A-002", "DEMO-A-101", "DEMO-A-102", "DEMO-A-103");
      stock(beta, "DEMO-B-001", "DEMO-B-002", "DEMO-B-101", "DEMO-B-102", "DEMO-B-103");
      order(
          alpha,
          "mario.rossi",
          new HolderData(
              "Rossi",
              "Mario",
              Sex.MALE,
              LocalDate.of(1985, 12, 10),
              "Bagni San Giuliano",
              "PI",
              "RSSMRA85T10A562S"),
          "+393331112233",
          "mario.rossi@alpha.example",
          "DEMO-A-001");
      migrate(
          alpha,
          "giulia.bianchi",
          new HolderData(
              "Bianchi",
              "Giulia",
              Sex.FEMALE,
              LocalDate.of(1992, 3, 5),
              "Roma",
              "RM",
              "BNCGLI92C45H501X"),
          "+393331112244",
          "giulia.bianchi@alpha.example",
          "DEMO-A-002");
      migrate(
          beta,
          "luca.verdi",
          new HolderData(
              "Verdi",
              "Luca",
              Sex.MALE,
              LocalDate.of(1975, 6, 20),
              "Monza e della Brianza",
              "MB",
              "VRDLCU75H20F704N"),
          "+393334445566",
          "luca.verdi@beta.example",
          "DEMO-B-001");
      migrate(
          beta,
          "anna.neri",
          new HolderData(
              "Neri",
              "Anna",
              Sex.FEMALE,
              LocalDate.of(1988, 11, 2),
              "Roma",
              "RM",
              "NRENNA88S42H501R"),
          "+393331112233",
          "anna.neri@beta.example",
          "DEMO-B-002");
    } catch (SigilloException e) {
      LOG.warning(() -> "demo holders not complete: " + e.code().code() + " " + e.code().name());
    } catch (RuntimeException e) {
      // the other demo data must still be seeded (e.g. when the key store is not available)
      LOG.log(java.util.logging.Level.WARNING, "demo holders not complete", e);
    }
  }

  private void order(
      TenantId tenant,
      String username,
      HolderData data,
      String mobile,
      String email,
      String serial) {
    if (holders.find(tenant, username).isPresent()) {
      return;
    }
    holders.order(
        tenant, username, new HolderOrder(data, mobile, email, PASSWORD.toCharArray()), ACTOR);
    holders.bindToken(tenant, username, serial, firstTwoCodes(), ACTOR);
    LOG.info(() -> "demo holder " + username + " on " + tenant.value());
  }

  /** A holder "migrated from the reseller's previous provider": data as they were, 60 days left. */
  private void migrate(
      TenantId tenant,
      String username,
      HolderData data,
      String mobile,
      String email,
      String serial) {
    if (holders.find(tenant, username).isPresent()) {
      return;
    }
    ClaimResult claim =
        inventory.claim(tenant, new TokenClaim(username, serial, firstTwoCodes()), OTP_ACTOR);
    if (!claim.claimed()) {
      LOG.warning(() -> "demo token " + serial + " not claimed: " + claim.status());
      return;
    }
    holders.importHolder(
        tenant,
        new HolderImport(
            username,
            data,
            mobile,
            email,
            PASSWORD.toCharArray(),
            claim.deviceId().orElseThrow(),
            Duration.ofDays(60)),
        ACTOR);
    LOG.info(() -> "demo holder " + username + " on " + tenant.value() + " (migrated)");
  }

  /** Set once: a policy the platform operator changed afterwards is left as it is. */
  private void policy(TenantId tenant, SignaturePolicySettings settings) {
    if (policies.find(tenant).isEmpty()) {
      policies.update(tenant, settings, ACTOR);
    }
  }

  private void stock(TenantId tenant, String... serials) {
    StringBuilder csv = new StringBuilder("serial,secret,algorithm,digits,counter\n");
    for (String serial : serials) {
      csv.append(serial).append(',').append(SEED).append(",HOTP,6,0\n");
    }
    inventory.importTokens(
        tenant,
        new TokenFile(
            TokenFileFormat.CSV, csv.toString().getBytes(StandardCharsets.UTF_8), Optional.empty()),
        true,
        OTP_ACTOR);
  }

  private static List<String> firstTwoCodes() {
    return List.of(hotp(0), hotp(1));
  }

  /** RFC 4226 with the demo seed, by java-otp: what the demo token shows at this press. */
  static String hotp(long counter) {
    try {
      return new HmacOneTimePasswordGenerator()
          .generateOneTimePasswordString(
              new SecretKeySpec(
                  "12345678901234567890".getBytes(StandardCharsets.US_ASCII), "HmacSHA1"),
              counter,
              Locale.ROOT);
    } catch (InvalidKeyException e) {
      throw new IllegalStateException(e);
    }
  }
}

package io.sigillo.it.holder;

import static org.assertj.core.api.Assertions.assertThat;

import io.sigillo.it.support.Chromium;
import io.sigillo.it.support.Database;
import io.sigillo.it.support.OtpApp;
import io.sigillo.it.support.TenantApi;
import io.sigillo.it.support.TestHolders;
import io.sigillo.signature.api.Sex;
import io.sigillo.signature.domain.TaxCodeEncoding;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/** Data and steps the holder tests share: people, orders, tokens in stock. */
final class HolderSteps {

  /** The RFC 4226 test seed ("12345678901234567890"), so any token's codes are known. */
  static final String SEED = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";

  static final String PASSWORD = "Firma-Remota-2026";
  private static final SecureRandom RANDOM = new SecureRandom();

  private HolderSteps() {}

  /** A mobile number nobody in this run has used. */
  static String freshMobile() {
    return "+39333" + String.format(Locale.ROOT, "%07d", RANDOM.nextInt(10_000_000));
  }

  static String freshEmail() {
    return "holder-" + UUID.randomUUID().toString().substring(0, 8) + "@it.example";
  }

  /** Anna Bianchi, born in Rome on 5 March 1990: consistent with her codice fiscale. */
  static String anna(String mobile, String email, String password) {
    return TestHolders.ANNA.order(mobile, email, password);
  }

  /**
   * An Anna Bianchi of Rome with a verified SPID identity of her own on the tenant (the one a
   * remote-signature order takes the holder data from): born on a day of her own, so that several
   * on one tenant have distinct tax codes, with fresh verified contacts.
   */
  record Person(String username, LocalDate born, String taxCode, String mobile, String email) {

    /** Her order as the form sends it: the identity's data repeated, sex and place added. */
    String order(String password) {
      return new TestHolders.Person("Bianchi", "Anna", "F", born, "Roma", "RM", taxCode)
          .order(mobile, email, password);
    }
  }

  static Person verifiedPerson(String tenant, String username) {
    return verifiedPerson(tenant, username, freshMobile(), freshEmail());
  }

  /** The same with the verified contacts given (as the identity holds them). */
  static Person verifiedPerson(String tenant, String username, String mobile, String email) {
    LocalDate born = LocalDate.of(1950, 1, 1).plusDays(RANDOM.nextInt(18_000));
    Person person =
        new Person(
            username,
            born,
            TaxCodeEncoding.encode("Bianchi", "Anna", born, Sex.FEMALE, "H501"),
            mobile,
            email);
    Database.insertIdentity(
        tenant,
        username,
        "Anna",
        "Bianchi",
        person.email(),
        person.mobile(),
        person.taxCode(),
        true);
    return person;
  }

  /** Puts a token in the tenant's stock (CSV import by the back office); returns its serial. */
  static String tokenInStock(TenantApi operator) {
    String serial = "HT-" + UUID.randomUUID().toString().substring(0, 8);
    HttpResponse<String> imported =
        operator.postFile(
            "/api/otp/tokens/import?dryRun=false",
            "text/csv",
            "serial,secret,algorithm,digits,counter\n" + serial + "," + SEED + ",HOTP,6,0\n");
    assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
    assertThat(imported.body()).contains("\"added\":1");
    return serial;
  }

  /**
   * A holder with a token from stock as signature device and a certificate: the codes of presses 0
   * and 1 went to the claim, so the token's next code is press 2.
   */
  static void activeWithToken(TenantApi person, TenantApi operator, Person who) {
    HttpResponse<String> ordered = person.post("/api/signature/holder", who.order(PASSWORD));
    assertThat(ordered.statusCode()).as(ordered.body()).isEqualTo(201);
    String serial = tokenInStock(operator);
    OtpApp token = OtpApp.fromBase32(SEED);
    HttpResponse<String> bound = bindToken(person, serial, token.hotp(0), token.hotp(1));
    assertThat(bound.statusCode()).as(bound.body()).isEqualTo(200);
    assertThat(bound.body()).contains("\"status\":\"ACTIVE\"");
  }

  /** The body of a signature request: the PDF, the signature password and an OTP. */
  static String signRequest(String pdfBase64, String password, String otp) {
    return "{\"pdfBase64\":\""
        + pdfBase64
        + "\",\"password\":\""
        + password
        + "\",\"otp\":\""
        + otp
        + "\"}";
  }

  /** Binds a token from stock as the person's signature device, proven by two of its codes. */
  static HttpResponse<String> bindToken(
      TenantApi person, String serial, String firstCode, String secondCode) {
    return person.post(
        "/api/signature/holder/device/token",
        "{\"serial\":\"" + serial + "\",\"codes\":[\"" + firstCode + "\",\"" + secondCode + "\"]}");
  }

  /**
   * What the order form leaves to the person (the rest is the identity's, read-only): birth date
   * (the test identity has none), place of birth as given, password.
   */
  static void fillOrder(
      Chromium chromium, String place, String province, HolderSteps.Person person) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("birthDate", person.born().toString());
    fields.put("placeOfBirth", place);
    fields.put("provinceOfBirth", province);
    fields.put("password", HolderSteps.PASSWORD);
    fields.put("passwordRepeat", HolderSteps.PASSWORD);
    // set as values: a date field's typing order depends on the browser's locale
    fields.forEach(
        (id, value) ->
            chromium.script(
                "arguments[0].value = arguments[1];", chromium.find("#order\\:" + id), value));
    chromium.find("input[name='order:sex'][value='F']").click();
  }
}

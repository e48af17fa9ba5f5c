package io.sigillo.it.abuse;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import io.sigillo.it.Deployments;
import io.sigillo.it.support.Database;
import io.sigillo.it.support.Environment;
import io.sigillo.it.support.OtpApp;
import io.sigillo.it.support.TenantApi;
import io.sigillo.it.support.TenantClient;
import io.sigillo.it.support.TestHolders;
import io.sigillo.it.support.TestTenants;
import io.sigillo.signature.api.Sex;
import io.sigillo.signature.domain.TaxCodeEncoding;
import jakarta.mail.internet.MimeMessage;
import java.net.URL;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Remote-signature holders as an attacker meets them through the API with real Keycloak tokens
 * (issue 11, items 8, 10 and 11): an order in someone else's name, a double submit of the order,
 * and probing whether a mobile number or e-mail address belongs to a holder of any reseller.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HolderAbuseIT {

  private static final String PASSWORD = "Firma-Remota-2026";
  private static final String SEED = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";
  private static final SecureRandom RANDOM = new SecureRandom();

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.sigillo();
  }

  @ArquillianResource private URL base;

  @Test
  void anOrderInSomeoneElsesNameIsRefusedAndOnlyTheVerifiedPersonIsCertified() {
    TestTenants.Tenant tenant =
        TestTenants.active("abid", "Identita Fiduciaria", "#102030", "#405060");
    try (TenantClient people = new TenantClient(base, tenant.slug())) {
      String stranger = people.person("senza-identita");
      TenantApi strangerApi = new TenantApi(base, tenant.host(), people.token(stranger));
      // Mario Rossi's data, consistent in themselves, typed by someone who is not Mario
      String marioRossi = TestHolders.MARIO.order(fresh("mobile"), fresh("email"), PASSWORD);
      HttpResponse<String> noIdentity = strangerApi.post("/api/signature/holder", marioRossi);
      assertThat(noIdentity.statusCode()).as(noIdentity.body()).isEqualTo(409);
      assertThat(noIdentity.body()).contains("\"code\":\"SIGN-090\"", "operatore");

      String anna = people.person("anna");
      TenantApi annaApi = new TenantApi(base, tenant.host(), people.token(anna));
      Person verified = person(tenant.slug(), anna, true);
      HttpResponse<String> asMario = annaApi.post("/api/signature/holder", marioRossi);
      assertThat(asMario.statusCode()).as(asMario.body()).isEqualTo(422);
      assertThat(asMario.body())
          .contains("\"code\":\"SIGN-091\"", "surname", "givenName", "codiceFiscale");
      assertThat(annaApi.get("/api/signature/holder").statusCode()).isEqualTo(404);

      // only the fields the identity lacks are typed; the rest is taken from the identity
      HttpResponse<String> ordered =
          annaApi.post(
              "/api/signature/holder",
              "{\"sex\":\"F\",\"birthDate\":\""
                  + verified.born()
                  + "\",\"placeOfBirth\":\"Roma\",\"provinceOfBirth\":\"RM\",\"password\":\""
                  + PASSWORD
                  + "\"}");
      assertThat(ordered.statusCode()).as(ordered.body()).isEqualTo(201);
      assertThat(ordered.body())
          .contains(verified.taxCode(), "\"surname\":\"Bianchi\"", verified.mobile())
          .doesNotContain("RSSMRA85T10A562S");

      String unverified = people.person("non-verificata");
      person(tenant.slug(), unverified, false);
      HttpResponse<String> unverifiedContacts =
          new TenantApi(base, tenant.host(), people.token(unverified))
              .post("/api/signature/holder", "{\"sex\":\"F\",\"placeOfBirth\":\"Roma\"}");
      assertThat(unverifiedContacts.statusCode()).isEqualTo(409);
      assertThat(unverifiedContacts.body()).contains("\"code\":\"SIGN-094\"");
    }
  }

  @Test
  void simultaneousOrdersOfOneAccountStartOneOrderAndNeverAnswer500() throws Exception {
    TestTenants.Tenant tenant =
        TestTenants.active("abdbl", "Doppio Clic Fiduciaria", "#102030", "#405060");
    try (TenantClient people = new TenantClient(base, tenant.slug())) {
      String anna = people.person("doppio");
      TenantApi api = new TenantApi(base, tenant.host(), people.token(anna));
      String body = person(tenant.slug(), anna, true).order();
      int requests = 6;
      ExecutorService pool = Executors.newFixedThreadPool(requests);
      try {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<HttpResponse<String>>> answers = new ArrayList<>();
        for (int i = 0; i < requests; i++) {
          answers.add(
              pool.submit(
                  () -> {
                    start.await();
                    return api.post("/api/signature/holder", body);
                  }));
        }
        start.countDown();
        int created = 0;
        for (Future<HttpResponse<String>> answer : answers) {
          HttpResponse<String> response = answer.get();
          assertThat(response.statusCode()).as(response.body()).isIn(201, 409);
          if (response.statusCode() == 201) {
            created++;
          } else {
            assertThat(response.body()).contains("\"code\":\"SIGN-031\"", "correlationId");
          }
        }
        assertThat(created).isEqualTo(1);
      } finally {
        pool.shutdownNow();
      }
    }
  }

  @Test
  void probingAnotherResellersHolderAddressAnswersLikeAFreeOneUntilItsCodeIsProvenAndIsCapped()
      throws Exception {
    TestTenants.Tenant alpha = TestTenants.active("abpa", "Sonda Fiduciaria", "#102030", "#405060");
    TestTenants.Tenant beta = TestTenants.active("abpb", "Bersaglio Servizi", "#102030", "#405060");
    GreenMail smtp =
        new GreenMail(new ServerSetup(Environment.port("SIGILLO_MAIL_PORT"), "127.0.0.1", "smtp"));
    smtp.start();
    try (TenantClient alphaPeople = new TenantClient(base, alpha.slug());
        TenantClient betaPeople = new TenantClient(base, beta.slug())) {
      String target = betaPeople.person("bersaglio");
      Person targetPerson = person(beta.slug(), target, true);
      TenantApi targetApi = new TenantApi(base, beta.host(), betaPeople.token(target));
      assertThat(targetApi.post("/api/signature/holder", targetPerson.order()).statusCode())
          .isEqualTo(201);

      String prober = alphaPeople.person("sonda");
      TenantApi api = new TenantApi(base, alpha.host(), alphaPeople.token(prober));
      TenantApi operator = new TenantApi(base, alpha.host(), alphaPeople.serviceToken());
      activeWithToken(api, operator, person(alpha.slug(), prober, true));
      OtpApp token = OtpApp.fromBase32(SEED);

      // the other reseller's holder's address and a free one: the same answers, code by code
      String taken = targetPerson.email().toUpperCase(Locale.ROOT);
      String free = fresh("email");
      HttpResponse<String> startedTaken = startEmailChange(api, taken);
      HttpResponse<String> wrongTaken = confirm(api, startedTaken, "000000", token.hotp(2));
      HttpResponse<String> startedFree = startEmailChange(api, free);
      HttpResponse<String> wrongFree = confirm(api, startedFree, "000000", token.hotp(3));
      assertThat(startedTaken.statusCode()).as(startedTaken.body()).isEqualTo(200);
      assertThat(startedFree.statusCode()).as(startedFree.body()).isEqualTo(200);
      assertThat(shape(startedTaken.body())).isEqualTo(shape(startedFree.body()));
      // (a six-digit code is 000000 once in a million: then the free one is saved, and says so)
      assertThat(wrongTaken.statusCode()).as(wrongTaken.body()).isEqualTo(422);
      assertThat(wrongFree.statusCode()).as(wrongFree.body()).isEqualTo(422);
      assertThat(withoutCorrelation(wrongTaken.body()))
          .isEqualTo(withoutCorrelation(wrongFree.body()))
          .contains("SIGN-046");

      // whoever proves the code controls the address: only then is "not usable" said, generically
      HttpResponse<String> provenStart = startEmailChange(api, taken);
      assertThat(provenStart.statusCode()).isEqualTo(200);
      HttpResponse<String> proven =
          confirm(api, provenStart, codeSentTo(smtp, targetPerson.email(), 2), token.hotp(4));
      assertThat(proven.statusCode()).as(proven.body()).isEqualTo(409);
      assertThat(proven.body())
          .contains("\"code\":\"SIGN-092\"")
          .doesNotContain(target, beta.slug(), "Bersaglio", targetPerson.mobile());
      assertThat(api.get("/api/signature/holder").body()).doesNotContain(targetPerson.email());

      // the fourth and fifth change of the hour are still served, the sixth is refused
      assertThat(startEmailChange(api, fresh("email")).statusCode()).isEqualTo(200);
      assertThat(startEmailChange(api, fresh("email")).statusCode()).isEqualTo(200);
      HttpResponse<String> capped = startEmailChange(api, fresh("email"));
      assertThat(capped.statusCode()).as(capped.body()).isEqualTo(429);
      assertThat(capped.body()).contains("\"code\":\"SIGN-093\"", "5");
      assertThat(startMobileChange(api, fresh("mobile")).statusCode()).isEqualTo(429);
    } finally {
      smtp.stop();
    }
  }

  /** A verified SPID identity (Anna Bianchi of Rome, born on a day of her own) for the account. */
  private static Person person(String tenant, String username, boolean contactsVerified) {
    LocalDate born = LocalDate.of(1950, 1, 1).plusDays(RANDOM.nextInt(18_000));
    Person person =
        new Person(
            born,
            TaxCodeEncoding.encode("Bianchi", "Anna", born, Sex.FEMALE, "H501"),
            fresh("mobile"),
            fresh("email"));
    Database.insertIdentity(
        tenant,
        username,
        "Anna",
        "Bianchi",
        person.email(),
        person.mobile(),
        person.taxCode(),
        contactsVerified);
    return person;
  }

  private record Person(LocalDate born, String taxCode, String mobile, String email) {

    String order() {
      return new TestHolders.Person("Bianchi", "Anna", "F", born, "Roma", "RM", taxCode)
          .order(mobile, email, PASSWORD);
    }
  }

  /** Ordered with a token from stock (presses 0 and 1 claim it): the next code is press 2. */
  private static void activeWithToken(TenantApi api, TenantApi operator, Person person) {
    HttpResponse<String> ordered = api.post("/api/signature/holder", person.order());
    assertThat(ordered.statusCode()).as(ordered.body()).isEqualTo(201);
    String serial = "HT-" + UUID.randomUUID().toString().substring(0, 8);
    HttpResponse<String> imported =
        operator.postFile(
            "/api/otp/tokens/import?dryRun=false",
            "text/csv",
            "serial,secret,algorithm,digits,counter\n" + serial + "," + SEED + ",HOTP,6,0\n");
    assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
    OtpApp token = OtpApp.fromBase32(SEED);
    HttpResponse<String> bound =
        api.post(
            "/api/signature/holder/device/token",
            "{\"serial\":\""
                + serial
                + "\",\"codes\":[\""
                + token.hotp(0)
                + "\",\""
                + token.hotp(1)
                + "\"]}");
    assertThat(bound.statusCode()).as(bound.body()).isEqualTo(200);
  }

  private static HttpResponse<String> startEmailChange(TenantApi api, String email) {
    return api.post(
        "/api/signature/contacts/email",
        "{\"password\":\"" + PASSWORD + "\",\"value\":\"" + email + "\"}");
  }

  private static HttpResponse<String> startMobileChange(TenantApi api, String mobile) {
    return api.post(
        "/api/signature/contacts/mobile",
        "{\"password\":\"" + PASSWORD + "\",\"value\":\"" + mobile + "\"}");
  }

  private static HttpResponse<String> confirm(
      TenantApi api, HttpResponse<String> started, String code, String otp) {
    String changeId = TenantApi.group("\"changeId\":\"([A-Za-z0-9_-]+)\"", started.body());
    return api.post(
        "/api/signature/contacts/changes/" + changeId + "/confirm",
        "{\"code\":\"" + code + "\",\"otp\":\"" + otp + "\"}");
  }

  /** The code in the {@code nth} e-mail to this address (the earlier ones carried older codes). */
  private static String codeSentTo(GreenMail smtp, String address, int nth) throws Exception {
    long deadline = System.nanoTime() + 15_000_000_000L;
    while (System.nanoTime() < deadline) {
      List<MimeMessage> toAddress = new ArrayList<>();
      for (MimeMessage message : smtp.getReceivedMessages()) {
        if (message.getAllRecipients()[0].toString().equalsIgnoreCase(address)) {
          toAddress.add(message);
        }
      }
      if (toAddress.size() >= nth) {
        Matcher found =
            Pattern.compile("\\b([0-9]{6})\\b")
                .matcher(GreenMailUtil.getBody(toAddress.get(nth - 1)));
        assertThat(found.find()).as("a code in the e-mail to %s", address).isTrue();
        return found.group(1);
      }
      Thread.sleep(100);
    }
    throw new AssertionError("no e-mail number " + nth + " to " + address);
  }

  /** The answer's keys and fixed values, without what differs by request or by typed address. */
  private static String shape(String body) {
    return body.replaceAll("\"changeId\":\"[^\"]*\"", "")
        .replaceAll("\"maskedDestination\":\"[^\"]*\"", "")
        .replaceAll("\"expiresAt\":(\"[^\"]*\"|[0-9.eE+-]+)", "");
  }

  private static String withoutCorrelation(String body) {
    return body.replaceAll("\"correlationId\":\"[^\"]*\"", "");
  }

  private static String fresh(String kind) {
    return kind.equals("mobile")
        ? "+39333" + String.format(Locale.ROOT, "%07d", RANDOM.nextInt(10_000_000))
        : "abuse-" + UUID.randomUUID().toString().substring(0, 8) + "@it.example";
  }
}

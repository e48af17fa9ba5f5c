package io.sigillo.core.messaging.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sigillo.core.messaging.MailMessage;
import io.sigillo.core.messaging.SmsMessage;
import io.sigillo.core.tenant.TenantId;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Texts, senders and messages of {@link NotificationTemplates} on H2 in PostgreSQL mode (the
 * embedded database of development), with core's migrations applied and tenancy's two tables as
 * tenancy creates them.
 */
class NotificationTemplatesTest {

  private static final TenantId ALPHA = TenantId.of("alpha");
  private static final TenantId BETA = TenantId.of("beta");
  private static final Instant NOW = Instant.parse("2026-12-07T10:00:00Z");
  private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0};

  private JdbcDataSource db;
  private NotificationTemplates templates;

  @BeforeEach
  void database() throws Exception {
    db = new JdbcDataSource();
    db.setURL(
        "jdbc:h2:mem:"
            + UUID.randomUUID()
            + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
    Flyway.configure()
        .dataSource(db)
        .locations("classpath:db/migration/core")
        .table("schema_history_core")
        .load()
        .migrate();
    sql(
        "create table tenant (id bigint primary key, slug varchar(40) not null unique,"
            + " display_name varchar(100) not null, primary_color varchar(7) not null,"
            + " accent_color varchar(7) not null, logo_url varchar(500), support_email"
            + " varchar(254), support_phone varchar(32), status varchar(16) not null,"
            + " created_at timestamp with time zone not null, version bigint not null default 0)",
        "create table tenant_logo (tenant_id varchar(40) primary key, media_type varchar(40) not"
            + " null, content bytea not null, updated_at timestamp with time zone not null)",
        "insert into tenant (id, slug, display_name, primary_color, accent_color, support_email,"
            + " support_phone, status, created_at) values (1, 'alpha', 'Alpha Fiduciaria',"
            + " '#0b3d91', '#f2a900', 'assistenza@alpha.example', '+39 02 1234 5678', 'ACTIVE',"
            + " current_timestamp)",
        "insert into tenant (id, slug, display_name, primary_color, accent_color, status,"
            + " created_at) values (2, 'beta', 'Beta & <Servizi>', '#ffe066', '#333333', 'ACTIVE',"
            + " current_timestamp)");
    templates = new NotificationTemplates(db);
  }

  @Test
  void aCodeMailIsTheDefaultTextFilledFromTheTenantsNameAsBefore() {
    MailMessage mail =
        templates.mail(
            ALPHA,
            NotificationKind.IDENTITY_CODE_RECOVERY,
            Locale.ITALIAN,
            "mario.rossi@example.org",
            Map.of(
                "portal", "Alpha Fiduciaria", "name", "Mario", "code", "123456", "minutes", "10"));

    assertThat(mail.fromName()).isEqualTo("Alpha Fiduciaria");
    assertThat(mail.subject()).isEqualTo("Alpha Fiduciaria: codice per il recupero dell'accesso");
    assertThat(mail.body())
        .isEqualTo(
            "Ciao Mario,\n\nil codice per recuperare l'accesso all'area personale di Alpha"
                + " Fiduciaria è 123456.\nVale 10 minuti e si può usare una sola volta.\n\n"
                + "Se non hai chiesto tu il codice, ignora questo messaggio e contatta"
                + " l'assistenza di Alpha Fiduciaria: qualcuno conosce la tua password.");
    assertThat(mail.html())
        .contains("<p style=\"margin:0 0 16px 0;\">Ciao Mario,</p>")
        .contains("è 123456.<br>Vale 10 minuti")
        .contains("background-color:#0b3d91;color:#ffffff")
        .contains("border-top:4px solid #f2a900")
        .contains("href=\"mailto:assistenza@alpha.example\"")
        .contains("href=\"tel:+390212345678\"")
        .contains(">Assistenza: ")
        .doesNotContain("<img");
    assertThat(mail.logo()).isNull();
  }

  @Test
  void portalIsTheTenantsDisplayNameWhenTheCallerGivesNone() {
    SmsMessage sms =
        templates.sms(
            ALPHA,
            NotificationKind.SMS_CODE_LOGIN,
            Locale.ENGLISH,
            "+393331234567",
            Map.of("code", "012345", "minutes", "5"));

    assertThat(sms.text())
        .isEqualTo(
            "Alpha Fiduciaria: 012345 is your code to sign in to the portal. Valid for 5 minutes."
                + " Do not share it with anyone.");
    assertThat(sms.sender()).isEqualTo("Alpha Fiduc");
  }

  @Test
  void aTenantWithoutARowIsNamedByThePortalValueElseSigillo() {
    TenantId bare = TenantId.of("gamma");
    SmsMessage sms =
        templates.sms(
            bare,
            NotificationKind.SMS_CODE_LOGIN,
            Locale.ITALIAN,
            "+393331234567",
            Map.of("portal", "Gamma Servizi", "code", "1", "minutes", "5"));
    assertThat(sms.sender()).isEqualTo("Gamma Servi");
    assertThat(templates.senders(bare)).isEqualTo(new Senders("Sigillo", "Sigillo", false));
  }

  @Test
  void aSavedTextIsUsedForThatTenantAndLanguageOnlyAndResetGoesBackToTheDefault() {
    TemplateText own = new TemplateText(null, "{{portal}}: codice {{code}}, {{minutes}} min.");
    templates.save(ALPHA, NotificationKind.SMS_CODE_LOGIN, Locale.ITALIAN, own, "op", NOW);

    Map<String, String> values = Map.of("code", "777777", "minutes", "5");
    assertThat(sms(ALPHA, Locale.ITALIAN, values))
        .isEqualTo("Alpha Fiduciaria: codice 777777, 5 min.");
    assertThat(sms(ALPHA, Locale.ENGLISH, values)).contains("is your code");
    assertThat(sms(BETA, Locale.ITALIAN, values)).contains("è il codice per accedere");
    assertThat(templates.custom(ALPHA, NotificationKind.SMS_CODE_LOGIN, Locale.ITALIAN))
        .contains(own);
    assertThat(templates.effective(BETA, NotificationKind.SMS_CODE_LOGIN, Locale.ITALIAN))
        .isEqualTo(templates.defaults(NotificationKind.SMS_CODE_LOGIN, Locale.ITALIAN));

    assertThat(templates.reset(ALPHA, NotificationKind.SMS_CODE_LOGIN, Locale.ITALIAN)).isTrue();
    assertThat(templates.reset(ALPHA, NotificationKind.SMS_CODE_LOGIN, Locale.ITALIAN)).isFalse();
    assertThat(sms(ALPHA, Locale.ITALIAN, values)).contains("è il codice per accedere");
  }

  @Test
  void savingAgainReplacesTheTextAndKeepsWhoAndWhen() throws Exception {
    templates.save(
        ALPHA,
        NotificationKind.IDENTITY_SUSPENDED,
        Locale.ENGLISH,
        new TemplateText("First", "First {{name}}"),
        "anna",
        NOW);
    templates.save(
        ALPHA,
        NotificationKind.IDENTITY_SUSPENDED,
        Locale.ENGLISH,
        new TemplateText("Second {{portal}}", "Second {{name}}"),
        "bruno",
        NOW.plusSeconds(60));

    assertThat(templates.custom(ALPHA, NotificationKind.IDENTITY_SUSPENDED, Locale.UK))
        .contains(new TemplateText("Second {{portal}}", "Second {{name}}"));
    assertThat(templates.customTexts(ALPHA))
        .containsExactly(
            new CustomText(
                NotificationKind.IDENTITY_SUSPENDED, Locale.ENGLISH, "bruno", NOW.plusSeconds(60)));
    assertThat(templates.customTexts(BETA)).isEmpty();
    try (Connection c = db.getConnection();
        Statement s = c.createStatement();
        var rs =
            s.executeQuery(
                "select count(*), max(updated_by), max(updated_at) from notification_template")) {
      rs.next();
      assertThat(rs.getInt(1)).isEqualTo(1);
      assertThat(rs.getString(2)).isEqualTo("bruno");
      assertThat(rs.getTimestamp(3).toInstant()).isEqualTo(NOW.plusSeconds(60));
    }
  }

  @Test
  void aTextThatFailsItsCheckIsNotSaved() {
    assertThatThrownBy(
            () ->
                templates.save(
                    ALPHA,
                    NotificationKind.SMS_CODE_LOGIN,
                    Locale.ITALIAN,
                    new TemplateText(null, "senza codice"),
                    "op",
                    NOW))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("MISSING_VARIABLE");
    assertThat(templates.custom(ALPHA, NotificationKind.SMS_CODE_LOGIN, Locale.ITALIAN)).isEmpty();
  }

  @Test
  void aStoredTextThatFailsItsCheckGivesWayToTheDefault() throws Exception {
    try (Connection c = db.getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "insert into notification_template values ('alpha', 'SMS_CODE_LOGIN', 'it', null,"
                    + " 'no code {{code', 'op', ?)")) {
      ps.setTimestamp(1, Timestamp.from(NOW));
      ps.executeUpdate();
    }
    assertThat(sms(ALPHA, Locale.ITALIAN, Map.of("code", "123", "minutes", "5")))
        .startsWith("Alpha Fiduciaria: 123 è il codice per accedere");
  }

  @Test
  void valuesAndTextAreEscapedInTheHtml() {
    templates.save(
        BETA,
        NotificationKind.IDENTITY_L2_USED,
        Locale.ITALIAN,
        new TemplateText("{{portal}}: avviso", "Ciao <b>{{name}}</b> & \"amici\"\n\n{{detail}}"),
        "op",
        NOW);

    MailMessage mail =
        templates.mail(
            BETA,
            NotificationKind.IDENTITY_L2_USED,
            Locale.ITALIAN,
            "mario.rossi@example.org",
            Map.of("name", "<script>alert(1)</script>", "detail", "oggi"));

    assertThat(mail.body()).startsWith("Ciao <b><script>alert(1)</script></b>");
    assertThat(mail.html())
        .doesNotContain("<script>")
        .doesNotContain("<b>")
        .contains(
            "Ciao &lt;b&gt;&lt;script&gt;alert(1)&lt;/script&gt;&lt;/b&gt; &amp; &quot;amici&quot;")
        .contains("Beta &amp; &lt;Servizi&gt;</span>")
        .contains("<title>Beta &amp; &lt;Servizi&gt;: avviso</title>");
    assertThat(mail.subject()).isEqualTo("Beta & <Servizi>: avviso");
  }

  @Test
  void onALightPrimaryColourTheHeaderTextIsBlack() {
    MailMessage mail = identityNotice(BETA);
    assertThat(mail.html()).contains("background-color:#ffe066;color:#000000");
    assertThat(mail.html()).doesNotContain("mailto:");
  }

  @Test
  void addressesInTheTextBecomeLinksWithoutTheSentencesStop() {
    MailMessage mail =
        templates.mail(
            ALPHA,
            NotificationKind.IDENTITY_ACTIVATION,
            Locale.ENGLISH,
            "mario.rossi@example.org",
            Map.of("name", "Mario", "link", "https://alpha.example/attiva?t=a&b=1", "hours", "72"));

    assertThat(mail.body()).contains("\n\nhttps://alpha.example/attiva?t=a&b=1\n\n");
    assertThat(mail.html())
        .contains(
            "<p style=\"margin:0 0 16px 0;\"><a href=\"https://alpha.example/attiva?t=a&amp;b=1\""
                + " style=\"color:#0b3d91;\">https://alpha.example/attiva?t=a&amp;b=1</a></p>");
    StringBuilder line = new StringBuilder();
    MailHtml.linked(line, "See http://x.example/a. Then <go>", "#000000");
    assertThat(line.toString())
        .isEqualTo(
            "See <a href=\"http://x.example/a\" style=\"color:#000000;\">http://x.example/a</a>."
                + " Then &lt;go&gt;");
  }

  @Test
  void aRasterLogoTravelsAsAnInlinePartAndThePreviewInlinesItAsADataUri() throws Exception {
    logo("alpha", "image/png", PNG);

    MailMessage mail = identityNotice(ALPHA);
    assertThat(mail.logo()).isEqualTo(new MailMessage.InlineImage("image/png", PNG));
    assertThat(mail.html()).contains("<img src=\"cid:logo\"");

    RenderedNotification preview =
        templates.preview(
            ALPHA,
            NotificationKind.IDENTITY_L2_USED,
            Locale.ITALIAN,
            templates.defaults(NotificationKind.IDENTITY_L2_USED, Locale.ITALIAN));
    assertThat(preview.html()).contains("<img src=\"data:image/png;base64,iVBORw0KGgoAAA==\"");
  }

  @Test
  void anSvgLogoIsLeftOutAndTheNameStandsAlone() throws Exception {
    logo("alpha", "image/svg+xml", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>".getBytes());

    MailMessage mail = identityNotice(ALPHA);
    assertThat(mail.logo()).isNull();
    assertThat(mail.html()).doesNotContain("<img").contains(">Alpha Fiduciaria</span>");
  }

  @Test
  void aPreviewFillsSamplesNeverARealCodeAndShowsWhatItCannotFill() {
    RenderedNotification mail =
        templates.preview(
            ALPHA,
            NotificationKind.IDENTITY_CODE_ENROLMENT,
            Locale.ENGLISH,
            new TemplateText("{{portal}}: your code", "Hello {{name}}, {{code}} {{unknown}}"));
    assertThat(mail.subject()).isEqualTo("Alpha Fiduciaria: your code");
    assertThat(mail.text()).isEqualTo("Hello Maria, 123456 {{unknown}}");
    assertThat(mail.html()).contains("Hello Maria, 123456 {{unknown}}");

    RenderedNotification sms =
        templates.preview(
            ALPHA,
            NotificationKind.SMS_CODE_LOGIN,
            Locale.ITALIAN,
            new TemplateText(null, "{{portal}} {{code}"));
    assertThat(sms).isEqualTo(new RenderedNotification(null, "{{portal}} {{code}", null));
  }

  @Test
  void sendersComeFromTheDisplayNameUntilTheTenantSetsThem() {
    assertThat(templates.senders(ALPHA))
        .isEqualTo(new Senders("Alpha Fiduciaria", "Alpha Fiduc", false));

    assertThat(templates.saveSenders(ALPHA, " Alpha Firma ", "ALPHA", "op", NOW))
        .isEqualTo(new Senders("Alpha Firma", "ALPHA", true));
    assertThat(identityNotice(ALPHA).fromName()).isEqualTo("Alpha Firma");
    assertThat(templates.senders(BETA))
        .isEqualTo(new Senders("Beta & <Servizi>", "Beta Serviz", false));

    assertThat(templates.saveSenders(ALPHA, "", "ALPHA 2", "op", NOW))
        .isEqualTo(new Senders("Alpha Fiduciaria", "ALPHA 2", true));
    assertThat(templates.saveSenders(ALPHA, null, " ", "op", NOW))
        .isEqualTo(new Senders("Alpha Fiduciaria", "Alpha Fiduc", false));
  }

  @Test
  void badSendersAreRefusedWithTheReason() {
    assertThatThrownBy(() -> templates.saveSenders(ALPHA, null, "Alpha-Firma", "op", NOW))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("11 letters");
    assertThatThrownBy(() -> templates.saveSenders(ALPHA, null, "AlphaFirmaXY", "op", NOW))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> templates.saveSenders(ALPHA, null, "Società", "op", NOW))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> templates.saveSenders(ALPHA, "Alpha\r\nBcc: x@y.z", null, "op", NOW))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("one line");
    assertThatThrownBy(() -> templates.saveSenders(ALPHA, "a".repeat(101), null, "op", NOW))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(templates.senders(ALPHA).custom()).isFalse();
  }

  @Test
  void aMailInTwoLanguagesHasBothBodiesAndARuleBetweenThemInTheHtml() {
    MailMessage mail =
        templates.mail(
            ALPHA,
            NotificationKind.SIGNATURE_EXPIRY_REMINDER_MAIL,
            List.of(Locale.ITALIAN, Locale.ENGLISH),
            "mario.rossi@example.org",
            Map.of(
                "portal", "Alpha Fiduciaria",
                "date", "31/01/2027",
                "days", "30",
                "renewalLink", "https://alpha.example/rinnovo"));

    assertThat(mail.subject())
        .isEqualTo("Alpha Fiduciaria: la tua firma remota scade il 31/01/2027");
    assertThat(mail.body())
        .startsWith(
            "Il certificato della tua firma remota su Alpha Fiduciaria scade il 31/01/2027,")
        .contains("ignora questo messaggio.\n\n----\n\nThe certificate of your remote signature")
        .endsWith("If you have already renewed, ignore this message.");
    assertThat(mail.html())
        .contains("ignora questo messaggio.</p><hr ")
        .contains("If you have already renewed, ignore this message.</p>");
  }

  private String sms(TenantId tenant, Locale language, Map<String, String> values) {
    return templates
        .sms(tenant, NotificationKind.SMS_CODE_LOGIN, language, "+393331234567", values)
        .text();
  }

  private MailMessage identityNotice(TenantId tenant) {
    return templates.mail(
        tenant,
        NotificationKind.IDENTITY_L2_USED,
        Locale.ITALIAN,
        "mario.rossi@example.org",
        Map.of("name", "Mario", "detail", "7 dicembre 2026 alle 10:00"));
  }

  private void logo(String tenant, String type, byte[] content) throws Exception {
    try (Connection c = db.getConnection();
        PreparedStatement ps =
            c.prepareStatement("insert into tenant_logo values (?, ?, ?, current_timestamp)")) {
      ps.setString(1, tenant);
      ps.setString(2, type);
      ps.setBytes(3, content);
      ps.executeUpdate();
    }
  }

  private void sql(String... statements) throws Exception {
    try (Connection c = db.getConnection();
        Statement s = c.createStatement()) {
      for (String statement : statements) {
        s.execute(statement);
      }
    }
  }
}

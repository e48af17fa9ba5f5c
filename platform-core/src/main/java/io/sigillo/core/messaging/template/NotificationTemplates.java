package io.sigillo.core.messaging.template;

import io.sigillo.core.messaging.MailMessage;
import io.sigillo.core.messaging.SenderName;
import io.sigillo.core.messaging.SmsMessage;
import io.sigillo.core.schema.PlatformDataSource;
import io.sigillo.core.tenant.TenantId;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * The tenant's notification texts and the messages made from them. Every module that writes to a
 * person asks here for the message ({@link #mail}, {@link #sms}); the reseller's operators change
 * the texts through the reseller module, which checks who they are and audits the change (this
 * class checks only the texts).
 *
 * <p>Languages are Italian ({@link Locale#ITALIAN}, the default) and English; any other locale is
 * Italian.
 *
 * <p>{@link #mail} and {@link #sms} do not fail because of a text: texts are checked when saved,
 * and a stored one that fails its check anyway (a catalogue change since) or cannot be read gives
 * way to the default, with a log line naming only the tenant and the kind. Values and rendered
 * texts are never logged: they hold codes and activation links.
 */
@ApplicationScoped
public class NotificationTemplates {

  private static final Logger LOG = Logger.getLogger(NotificationTemplates.class.getName());
  private static final String BUNDLE = "io.sigillo.core.messaging.template.Notifications";
  private static final String PLATFORM_NAME = "Sigillo";

  /** Between the languages of a message in more than one; the HTML shows it as a rule. */
  public static final String LANGUAGE_SEPARATOR = "\n\n----\n\n";

  @Resource(lookup = PlatformDataSource.JNDI_NAME)
  private DataSource dataSource;

  public NotificationTemplates() {}

  /** Outside a container (tests): on this data source. */
  NotificationTemplates(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /** The catalogue's text. */
  public TemplateText defaults(NotificationKind kind, Locale language) {
    ResourceBundle texts = bundle(language);
    String subject =
        kind.channel() == Channel.MAIL ? texts.getString(kind.name() + ".subject") : null;
    return new TemplateText(subject, texts.getString(kind.name() + ".body"));
  }

  /** The tenant's own text, if its operators changed it. */
  public Optional<TemplateText> custom(TenantId tenant, NotificationKind kind, Locale language) {
    try {
      return store().text(tenant, kind, code(language));
    } catch (SQLException e) {
      throw new IllegalStateException("notification text not read", e);
    }
  }

  /** Which texts the tenant's operators changed, by kind then language. */
  public List<CustomText> customTexts(TenantId tenant) {
    try {
      return store().customTexts(tenant);
    } catch (SQLException e) {
      throw new IllegalStateException("notification texts not listed", e);
    }
  }

  /** The tenant's own text, else the catalogue's. */
  public TemplateText effective(TenantId tenant, NotificationKind kind, Locale language) {
    return custom(tenant, kind, language).orElseGet(() -> defaults(kind, language));
  }

  /** What is wrong with a text for this notification; empty when it can be saved. */
  public List<TemplateProblem> check(NotificationKind kind, TemplateText text) {
    return TemplateRules.check(kind, text);
  }

  /**
   * Stores the tenant's text (the caller checked it and who asks). {@code by} is the operator's
   * name, kept with the row. An SMS's subject is not kept.
   *
   * @throws IllegalArgumentException if the text fails {@link #check}
   */
  public void save(
      TenantId tenant,
      NotificationKind kind,
      Locale language,
      TemplateText text,
      String by,
      Instant now) {
    List<TemplateProblem> problems = check(kind, text);
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException("text of " + kind + " not valid: " + problems);
    }
    TemplateText kept =
        new TemplateText(kind.channel() == Channel.MAIL ? text.subject() : null, text.body());
    try {
      store().saveText(tenant, kind, code(language), kept, by, now);
    } catch (SQLException e) {
      throw new IllegalStateException("notification text not saved", e);
    }
  }

  /** Back to the catalogue's text; whether the tenant had its own. */
  public boolean reset(TenantId tenant, NotificationKind kind, Locale language) {
    try {
      return store().deleteText(tenant, kind, code(language));
    } catch (SQLException e) {
      throw new IllegalStateException("notification text not reset", e);
    }
  }

  /**
   * The notification as the person would see it with this (unsaved) text, the tenant's branding and
   * sample values: secrets are samples too ("123456", a link to example.invalid), so a preview
   * never holds a real code. A text with problems is shown as far as it goes: a placeholder that is
   * unknown stays as typed, a malformed text is shown unfilled ({@link #check} says what is wrong).
   * The logo is inlined as a data URI.
   */
  public RenderedNotification preview(
      TenantId tenant, NotificationKind kind, Locale language, TemplateText text) {
    Branding brand = branding(tenant, null, true);
    ResourceBundle texts = bundle(language);
    Map<String, String> samples = new HashMap<>();
    for (TemplateVariable variable : kind.variables()) {
      samples.put(
          variable.name(),
          "portal".equals(variable.name())
              ? brand.displayName()
              : texts.getString("sample." + variable.name()));
    }
    String body = lenient(text == null ? null : text.body(), samples);
    if (kind.channel() == Channel.SMS) {
      return new RenderedNotification(null, body, null);
    }
    String subject = lenient(text == null ? null : text.subject(), samples);
    String logo = brand.rasterLogo() ? brand.logoDataUri() : null;
    return new RenderedNotification(
        subject, body, html(brand, language(language), subject, body, logo));
  }

  /** Who the tenant's messages come from. */
  public Senders senders(TenantId tenant) {
    return senders(tenant, branding(tenant, null, false).displayName());
  }

  /**
   * Sets the tenant's senders (null or blank: back to its display name).
   *
   * @throws IllegalArgumentException if the SMS sender is not 1 to 11 letters, digits and spaces,
   *     or the e-mail name is longer than 100 characters or holds a control character (a line
   *     break)
   */
  public Senders saveSenders(
      TenantId tenant, String mailFromName, String smsSender, String by, Instant now) {
    String mail = mailFromName == null || mailFromName.isBlank() ? null : mailFromName.strip();
    String sms = smsSender == null || smsSender.isBlank() ? null : smsSender.strip();
    if (mail != null && !Senders.validMailFromName(mail)) {
      throw new IllegalArgumentException(
          "the e-mail sender name must be at most 100 characters on one line");
    }
    if (sms != null && !Senders.validSmsSender(sms)) {
      throw new IllegalArgumentException(
          "the SMS sender must be 1 to 11 letters (A-Z, no accents), digits and spaces");
    }
    try {
      store().saveSenders(tenant, new TemplateStore.SenderRow(mail, sms), by, now);
    } catch (SQLException e) {
      throw new IllegalStateException("senders not saved", e);
    }
    return senders(tenant);
  }

  /**
   * A real e-mail: the tenant's text with {@code values} (every variable of the kind; {@code
   * portal} is filled from the tenant when absent), plain text + HTML with the tenant's logo and
   * colours, from the tenant's sender name.
   */
  public MailMessage mail(
      TenantId tenant,
      NotificationKind kind,
      Locale language,
      String to,
      Map<String, String> values) {
    return mail(tenant, kind, List.of(language == null ? Locale.ITALIAN : language), to, values);
  }

  /**
   * One e-mail in several languages (a reminder read by people whose language is not known): the
   * first language's subject, the bodies one after the other separated by {@link
   * #LANGUAGE_SEPARATOR} (a rule in the HTML).
   */
  public MailMessage mail(
      TenantId tenant,
      NotificationKind kind,
      List<Locale> languages,
      String to,
      Map<String, String> values) {
    if (kind.channel() != Channel.MAIL || languages.isEmpty()) {
      throw new IllegalArgumentException(kind + " is not an e-mail");
    }
    Branding brand = branding(tenant, values.get("portal"), true);
    Map<String, String> filled = filled(kind, values, brand);
    String subject = null;
    List<String> bodies = new ArrayList<>();
    for (Locale language : languages) {
      TemplateText text = usable(tenant, kind, language);
      if (subject == null) {
        subject = TemplateSyntax.render(text.subject(), filled);
      }
      bodies.add(TemplateSyntax.render(text.body(), filled));
    }
    String body = String.join(LANGUAGE_SEPARATOR, bodies);
    MailMessage.InlineImage logo =
        brand.rasterLogo() ? new MailMessage.InlineImage(brand.logoType(), brand.logo()) : null;
    String html =
        html(
            brand,
            language(languages.get(0)),
            subject,
            body,
            logo == null ? null : "cid:" + MailMessage.LOGO_CONTENT_ID);
    return new MailMessage(
        tenant, senders(tenant, brand.displayName()).mailFromName(), to, subject, body, html, logo);
  }

  /** A real SMS from the tenant's SMS sender. */
  public SmsMessage sms(
      TenantId tenant,
      NotificationKind kind,
      Locale language,
      String to,
      Map<String, String> values) {
    if (kind.channel() != Channel.SMS) {
      throw new IllegalArgumentException(kind + " is not an SMS");
    }
    Branding brand = branding(tenant, values.get("portal"), false);
    Map<String, String> filled = filled(kind, values, brand);
    String text = TemplateSyntax.render(usable(tenant, kind, language).body(), filled);
    if (text.length() > TemplateRules.SMS_MAX) {
      // a value longer than the check assumed: the default text is shorter than any custom one
      LOG.warning(() -> kind + " for tenant " + tenant + " too long with its values; default used");
      text = TemplateSyntax.render(defaults(kind, language).body(), filled);
    }
    return new SmsMessage(tenant, senders(tenant, brand.displayName()).smsSender(), to, text);
  }

  /** The tenant's text if it can be read and still passes its check, else the catalogue's. */
  private TemplateText usable(TenantId tenant, NotificationKind kind, Locale language) {
    Optional<TemplateText> custom;
    try {
      custom = store().text(tenant, kind, code(language));
    } catch (SQLException | RuntimeException e) {
      LOG.warning(
          () -> "text of " + kind + " for tenant " + tenant + " not readable; default used: " + e);
      return defaults(kind, language);
    }
    if (custom.isPresent() && !check(kind, custom.get()).isEmpty()) {
      LOG.warning(() -> "stored text of " + kind + " for tenant " + tenant + " fails its check");
      return defaults(kind, language);
    }
    return custom.orElseGet(() -> defaults(kind, language));
  }

  /** Every variable of the kind with its value ({@code portal} from the tenant when absent). */
  private static Map<String, String> filled(
      NotificationKind kind, Map<String, String> values, Branding brand) {
    Map<String, String> filled = new HashMap<>();
    for (TemplateVariable variable : kind.variables()) {
      String value = values.get(variable.name());
      if (value == null && "portal".equals(variable.name())) {
        value = brand.displayName();
      }
      if (value == null) {
        LOG.warning(() -> kind + " made without a value for " + variable.name());
        value = "";
      }
      filled.put(variable.name(), value);
    }
    return filled;
  }

  private Senders senders(TenantId tenant, String displayName) {
    Optional<TemplateStore.SenderRow> row;
    try {
      row = store().senders(tenant);
    } catch (SQLException | RuntimeException e) {
      LOG.warning(() -> "senders of tenant " + tenant + " not readable; display name used: " + e);
      row = Optional.empty();
    }
    String mail = row.map(TemplateStore.SenderRow::mailFromName).orElse(null);
    String sms = row.map(TemplateStore.SenderRow::smsSender).orElse(null);
    return new Senders(
        mail != null ? mail : displayName,
        sms != null ? sms : SenderName.alphanumeric(displayName).orElse(PLATFORM_NAME),
        row.isPresent());
  }

  /**
   * The tenant's branding; a tenant without a row (tests that use a bare tenant id) is shown by
   * {@code fallbackName}, else the platform's name. The logo is read only {@code withLogo}.
   */
  private Branding branding(TenantId tenant, String fallbackName, boolean withLogo) {
    String name = fallbackName == null || fallbackName.isBlank() ? PLATFORM_NAME : fallbackName;
    try {
      return store().branding(tenant, withLogo).orElseGet(() -> Branding.plain(name));
    } catch (SQLException | RuntimeException e) {
      LOG.warning(() -> "branding of tenant " + tenant + " not readable; name alone used: " + e);
      return Branding.plain(name);
    }
  }

  private static String html(
      Branding brand, Locale language, String subject, String body, String logoSource) {
    return MailHtml.page(
        brand, language, subject, body, bundle(language).getString("html.support"), logoSource);
  }

  /** Filled where it can be; the text as typed if it is malformed. */
  private static String lenient(String template, Map<String, String> values) {
    if (template == null) {
      return "";
    }
    return TemplateSyntax.parse(template)
        .map(
            parts ->
                TemplateSyntax.render(
                    parts,
                    name -> values.containsKey(name) ? values.get(name) : "{{" + name + "}}"))
        .orElse(template);
  }

  private TemplateStore store() {
    return new TemplateStore(dataSource);
  }

  private static ResourceBundle bundle(Locale language) {
    return ResourceBundle.getBundle(
        BUNDLE,
        Locale.ENGLISH.equals(language(language)) ? Locale.ENGLISH : Locale.ROOT,
        NotificationTemplates.class.getClassLoader(),
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }

  /** English for an English locale, else Italian. */
  static Locale language(Locale locale) {
    return locale != null && Locale.ENGLISH.getLanguage().equals(locale.getLanguage())
        ? Locale.ENGLISH
        : Locale.ITALIAN;
  }

  private static String code(Locale locale) {
    return language(locale).getLanguage();
  }
}

package io.sigillo.keycloak.leveltwo;

import jakarta.ws.rs.core.MultivaluedMap;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jboss.logging.Logger;
import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.authentication.Authenticator;
import org.keycloak.forms.login.LoginFormsProvider;
import org.keycloak.models.AuthenticatorConfigModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.OrganizationModel;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.organization.OrganizationProvider;
import org.keycloak.sessions.AuthenticationSessionModel;

/**
 * The level-2 step of one login. {@link #authenticate} finds the person's tenant and level-2
 * methods and shows the code form (or why there is none); {@link #action} handles the form's
 * buttons: a code of the app, "send me an SMS", a code received by SMS, "try again". Each answer of
 * Sigillo's registry becomes its page ({@link Screen}); only {@code ACCEPTED} calls {@code
 * success()}. Wrong codes are counted by the registry, not by Keycloak's brute-force detector
 * ({@code challenge}, not {@code failureChallenge}), so there is one lockout with one way out.
 *
 * <p>What the step learnt is kept in the authentication session's notes: the tenant, the methods
 * and the SMS challenge, so the form's posts need no second {@code methods} call.
 */
final class LevelTwoAuthenticator implements Authenticator {

  private static final Logger LOG = Logger.getLogger(LevelTwoAuthenticator.class);

  static final String CONFIG_URL = "sigillo.url";

  private static final String NOTE_TENANT = "sigillo.l2.tenant";
  private static final String NOTE_IDENTITY = "sigillo.l2.identity";
  private static final String NOTE_APP = "sigillo.l2.app";
  private static final String NOTE_SMS = "sigillo.l2.sms";
  private static final String NOTE_MOBILE = "sigillo.l2.mobile";
  private static final String NOTE_PORTAL = "sigillo.l2.portal";
  private static final String NOTE_CHALLENGE = "sigillo.l2.challenge";
  private static final List<String> CLIENT_PREFIXES = List.of("portal-", "signing-");

  /** Apps show 6 or 8 digits, often grouped by a space; anything else is not worth a call. */
  private static final Pattern CODE = Pattern.compile("\\d{6,8}");

  private final SigilloClient sigillo;
  private final Optional<URI> keycloakUrl;

  LevelTwoAuthenticator(SigilloClient sigillo, Optional<URI> keycloakUrl) {
    this.sigillo = sigillo;
    this.keycloakUrl = keycloakUrl;
  }

  @Override
  public void authenticate(AuthenticationFlowContext context) {
    AuthenticationSessionModel auth = context.getAuthenticationSession();
    clearNotes(auth);
    try {
      SigilloClient.Target target = target(context);
      String language = language(context);
      Resolved resolved = resolve(context, target, language);
      remember(auth, resolved);
      show(context, Screen.start(resolved.methods()), resolved.methods());
    } catch (SigilloUnavailable e) {
      unavailable(context, e);
    }
  }

  @Override
  public void action(AuthenticationFlowContext context) {
    AuthenticationSessionModel auth = context.getAuthenticationSession();
    String tenant = auth.getAuthNote(NOTE_TENANT);
    if (tenant == null || tenant.isEmpty()) {
      authenticate(context);
      return;
    }
    MultivaluedMap<String, String> form = context.getHttpRequest().getDecodedFormParameters();
    String action = Optional.ofNullable(form.getFirst("sigillo-action")).orElse("");
    Methods methods = remembered(auth);
    String username = context.getUser().getUsername();
    try {
      SigilloClient.Target target = target(context);
      String language = language(context);
      switch (action) {
        case "app" -> {
          Optional<String> code = code(form.getFirst("code"));
          if (code.isEmpty()) {
            show(context, Screen.codeFormat(), methods);
            return;
          }
          checked(
              context, sigillo.appCode(target, tenant, username, code.get(), language), methods);
        }
        case "sms-send" -> {
          SmsAnswer answer = sigillo.sendSms(target, tenant, username, language);
          if (answer instanceof SmsAnswer.Sent sent) {
            auth.setAuthNote(NOTE_CHALLENGE, sent.challengeId());
            String masked =
                sent.maskedMobile().isBlank()
                    ? methods.maskedMobile().orElse("")
                    : sent.maskedMobile();
            show(context, Screen.smsSent(masked), methods);
          } else {
            show(context, Screen.smsRefused((SmsAnswer.Refused) answer), methods);
          }
        }
        case "sms" -> {
          String challenge = auth.getAuthNote(NOTE_CHALLENGE);
          Optional<String> code = code(form.getFirst("code"));
          if (challenge == null) {
            show(context, Screen.noSmsYet(), methods);
          } else if (code.isEmpty()) {
            show(context, Screen.codeFormat(), methods);
          } else {
            CodeCheck check =
                sigillo.smsCode(target, tenant, username, challenge, code.get(), language);
            if (check.check() == CodeCheck.Check.CODE_CLOSED) {
              auth.removeAuthNote(NOTE_CHALLENGE);
            }
            checked(context, check, methods);
          }
        }
        // "try again" after an explanation (clock, unavailable) or anything unexpected: start over
        default -> authenticate(context);
      }
    } catch (SigilloUnavailable e) {
      unavailable(context, e);
    }
  }

  private void checked(AuthenticationFlowContext context, CodeCheck check, Methods methods) {
    Optional<Screen> next = Screen.after(check, methods);
    if (next.isPresent()) {
      show(context, next.get(), methods);
      return;
    }
    context.getEvent().detail("sigillo_level_two", "accepted");
    clearNotes(context.getAuthenticationSession());
    context.success();
  }

  /**
   * The tenant a provisioned client belongs to: its portal {@code portal-<tenant>} or its signing
   * app {@code signing-<tenant>}. A person signing in there is that tenant's holder, so the step
   * asks that tenant's registry, not whichever of the person's organizations has an identity.
   */
  static Optional<String> tenantOfClient(String clientId) {
    for (String prefix : CLIENT_PREFIXES) {
      if (clientId != null && clientId.startsWith(prefix) && clientId.length() > prefix.length()) {
        return Optional.of(clientId.substring(prefix.length()));
      }
    }
    return Optional.empty();
  }

  /** The tenant and its answer: the client's own tenant, else the organization with an identity. */
  private record Resolved(String tenant, Methods methods) {}

  private Resolved resolve(
      AuthenticationFlowContext context, SigilloClient.Target target, String language)
      throws SigilloUnavailable {
    UserModel user = context.getUser();
    String clientId = context.getAuthenticationSession().getClient().getClientId();
    Optional<String> own = tenantOfClient(clientId);
    if (own.isPresent()) {
      return new Resolved(
          own.get(), sigillo.methods(target, own.get(), user.getUsername(), language));
    }
    Resolved first = null;
    for (String tenant : tenants(context.getSession(), user)) {
      Methods methods = sigillo.methods(target, tenant, user.getUsername(), language);
      if (methods.hasIdentity()) {
        return new Resolved(tenant, methods);
      }
      if (first == null) {
        first = new Resolved(tenant, methods);
      }
    }
    return first != null
        ? first
        : new Resolved(
            "", new Methods(Methods.NONE, false, false, Optional.empty(), Optional.empty()));
  }

  /** The person's organizations' aliases (= tenant ids), in a stable order. */
  private static List<String> tenants(KeycloakSession session, UserModel user) {
    OrganizationProvider organizations = session.getProvider(OrganizationProvider.class);
    if (organizations == null || !organizations.isEnabled()) {
      return List.of();
    }
    return organizations
        .getByMember(user)
        .filter(OrganizationModel::isEnabled)
        .map(OrganizationModel::getAlias)
        .sorted(Comparator.naturalOrder())
        .toList();
  }

  private void show(AuthenticationFlowContext context, Screen screen, Methods methods) {
    AuthenticationSessionModel auth = context.getAuthenticationSession();
    LoginFormsProvider form =
        context
            .form()
            .setAttribute("sigilloOutcome", screen.outcome())
            .setAttribute("sigilloNotice", screen.page().id())
            .setAttribute("sigilloApp", methods.app())
            .setAttribute("sigilloSms", methods.sms())
            .setAttribute("sigilloSmsSent", auth.getAuthNote(NOTE_CHALLENGE) != null)
            .setAttribute("sigilloMaskedMobile", methods.maskedMobile().orElse(""))
            .setAttribute("sigilloOffset", screen.offsetText())
            .setAttribute("sigilloOffsetMinutes", screen.offsetMinutes())
            .setAttribute("sigilloPhoneAhead", screen.phoneAhead());
    methods.portalUrl().ifPresent(url -> form.setAttribute("sigilloPortalUrl", url));
    if (screen.message().isPresent()) {
      Object[] arguments = screen.arguments().stream().map(String::valueOf).toArray();
      if (screen.tone() == Screen.Tone.INFO) {
        form.setInfo(screen.message().get(), arguments);
      } else {
        form.setError(screen.message().get(), arguments);
      }
    }
    context.challenge(form.createForm(screen.page().template()));
  }

  private void unavailable(AuthenticationFlowContext context, SigilloUnavailable e) {
    // the person gets a reference to quote; the log has the reason under the same reference
    String reference = UUID.randomUUID().toString().substring(0, 8);
    LOG.warnf(
        "level-2 step unavailable (reference %s, user %s, realm %s): %s",
        reference, context.getUser().getId(), context.getRealm().getName(), e.getMessage());
    Methods methods = remembered(context.getAuthenticationSession());
    context.form().setAttribute("sigilloReference", reference);
    show(context, Screen.unavailable(), methods);
  }

  private SigilloClient.Target target(AuthenticationFlowContext context) throws SigilloUnavailable {
    AuthenticatorConfigModel config = context.getAuthenticatorConfig();
    String url = config == null ? null : config.getConfig().get(CONFIG_URL);
    if (url == null || url.isBlank() || !Methods.isWebUrl(url.trim())) {
      throw new SigilloUnavailable(
          "the authenticator's config has no " + CONFIG_URL + " (an http(s) URL of Sigillo)");
    }
    URI keycloak =
        keycloakUrl.orElseGet(() -> context.getSession().getContext().getUri().getBaseUri());
    return new SigilloClient.Target(
        URI.create(url.trim()), tokenEndpoint(keycloak, context.getRealm()));
  }

  static URI tokenEndpoint(URI keycloak, RealmModel realm) {
    return URI.create(
        keycloak.toString().replaceAll("/+$", "")
            + "/realms/"
            + URLEncoder.encode(realm.getName(), StandardCharsets.UTF_8)
            + "/protocol/openid-connect/token");
  }

  /** The language of the pages, for the SMS text too: Italian unless the person reads English. */
  private static String language(AuthenticationFlowContext context) {
    Locale locale = context.getSession().getContext().resolveLocale(context.getUser());
    return locale != null && "en".equals(locale.getLanguage()) ? "en" : "it";
  }

  /** The digits typed, without the spaces apps show between groups; empty if not a code. */
  static Optional<String> code(String typed) {
    if (typed == null) {
      return Optional.empty();
    }
    String digits = typed.replaceAll("[\\s-]", "");
    return CODE.matcher(digits).matches() ? Optional.of(digits) : Optional.empty();
  }

  private static void remember(AuthenticationSessionModel auth, Resolved resolved) {
    Methods methods = resolved.methods();
    auth.setAuthNote(NOTE_TENANT, resolved.tenant());
    auth.setAuthNote(NOTE_IDENTITY, methods.identity());
    auth.setAuthNote(NOTE_APP, Boolean.toString(methods.app()));
    auth.setAuthNote(NOTE_SMS, Boolean.toString(methods.sms()));
    methods.maskedMobile().ifPresent(m -> auth.setAuthNote(NOTE_MOBILE, m));
    methods.portalUrl().ifPresent(p -> auth.setAuthNote(NOTE_PORTAL, p));
  }

  private static Methods remembered(AuthenticationSessionModel auth) {
    return new Methods(
        Optional.ofNullable(auth.getAuthNote(NOTE_IDENTITY)).orElse(Methods.NONE),
        Boolean.parseBoolean(auth.getAuthNote(NOTE_APP)),
        Boolean.parseBoolean(auth.getAuthNote(NOTE_SMS)),
        Optional.ofNullable(auth.getAuthNote(NOTE_MOBILE)),
        Optional.ofNullable(auth.getAuthNote(NOTE_PORTAL)));
  }

  private static void clearNotes(AuthenticationSessionModel auth) {
    for (String note :
        List.of(
            NOTE_TENANT,
            NOTE_IDENTITY,
            NOTE_APP,
            NOTE_SMS,
            NOTE_MOBILE,
            NOTE_PORTAL,
            NOTE_CHALLENGE)) {
      auth.removeAuthNote(note);
    }
  }

  @Override
  public boolean requiresUser() {
    return true;
  }

  /**
   * Always: whether the person has a level-2 method is Sigillo's to say, and the step explains what
   * is missing rather than being skipped.
   */
  @Override
  public boolean configuredFor(KeycloakSession session, RealmModel realm, UserModel user) {
    return true;
  }

  @Override
  public void setRequiredActions(KeycloakSession session, RealmModel realm, UserModel user) {
    // an app is associated in Sigillo's self-care portal, never in Keycloak
  }

  @Override
  public void close() {
    // nothing per request: the HTTP client and the token cache belong to the factory
  }
}

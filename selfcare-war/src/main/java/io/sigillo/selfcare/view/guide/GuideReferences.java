package io.sigillo.selfcare.view.guide;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The portal's names in a guide, written as references so that a test can check them against what
 * the pages render ({@code GuideReferencesTest}) and so that a renamed label changes in the guides
 * too:
 *
 * <ul>
 *   <li>{@code [[idm:credentials.action.reconfigure]]}: a label, by its key in one of the portal's
 *       bundles, named by the variable the pages use ({@code msg}, {@code res}, {@code idm}, {@code
 *       sig}); shown as the label's text in the guide's language;
 *   <li>{@code [[page:/credentials/|idm:credentials.title]]}: a page of the portal and the label it
 *       shows (its title or menu entry); shown as a link;
 *   <li>{@code [[guide:phone-clock]]}: another guide, shown as a link with its title.
 * </ul>
 *
 * A reference the portal does not have is left in the text as written, so that it shows.
 */
public final class GuideReferences {

  /** The portal's bundles by the name the pages give them (faces-config.xml). */
  public static final Map<String, String> BUNDLES =
      Map.of(
          "msg", "io.sigillo.selfcare.i18n.Messages",
          "res", "io.sigillo.selfcare.i18n.Reseller",
          "idm", "io.sigillo.selfcare.i18n.Identity",
          "sig", "io.sigillo.selfcare.i18n.Signature");

  /** {@code [[kind:target]]} or {@code [[page:/path|bundle:key]]}. */
  public static final Pattern MARKER =
      Pattern.compile("\\[\\[([a-z]+):([^\\]|\\s]+)(?:\\|([a-z]+):([^\\]\\s]+))?\\]\\]");

  private static final Pattern PATH = Pattern.compile("/([a-z0-9-]+/)*([a-z0-9-]+\\.xhtml)?");

  /** One reference as written: a label ({@code bundle}, {@code key}), a page or a guide. */
  public record Reference(String kind, String target, String bundle, String key) {

    public boolean isLabel() {
      return BUNDLES.containsKey(kind) && bundle == null;
    }

    public boolean isPage() {
      return "page".equals(kind) && BUNDLES.containsKey(bundle) && PATH.matcher(target).matches();
    }

    public boolean isGuide() {
      return "guide".equals(kind) && bundle == null;
    }

    /** The label a label or page reference shows: its bundle and key. */
    public String labelBundle() {
      return isLabel() ? kind : bundle;
    }

    public String labelKey() {
      return isLabel() ? target : key;
    }

    @Override
    public String toString() {
      return "[[" + kind + ":" + target + (bundle == null ? "" : "|" + bundle + ":" + key) + "]]";
    }
  }

  private GuideReferences() {}

  /** Every reference in a guide's text, in order, well-formed or not. */
  public static List<Reference> in(String text) {
    List<Reference> found = new ArrayList<>();
    Matcher m = MARKER.matcher(text == null ? "" : text);
    while (m.find()) {
      found.add(new Reference(m.group(1), m.group(2), m.group(3), m.group(4)));
    }
    return found;
  }

  /** A label's text in a language, if the portal has it. */
  public static Optional<String> label(String bundle, String key, Locale locale) {
    String base = BUNDLES.get(bundle);
    if (base == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(
          ResourceBundle.getBundle(
                  base,
                  locale,
                  ResourceBundle.Control.getNoFallbackControl(
                      ResourceBundle.Control.FORMAT_PROPERTIES))
              .getString(key));
    } catch (MissingResourceException e) {
      return Optional.empty();
    }
  }

  /**
   * The guide's HTML (Markdown already rendered, raw HTML escaped) with its references replaced by
   * the labels and links they name.
   *
   * @param guideTitle the title of another guide of the help centre, by slug
   */
  public static String render(
      String html,
      Locale locale,
      String contextPath,
      Function<String, Optional<String>> guideTitle) {
    Matcher m = MARKER.matcher(html == null ? "" : html);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      Reference ref = new Reference(m.group(1), m.group(2), m.group(3), m.group(4));
      m.appendReplacement(
          out, Matcher.quoteReplacement(replacement(ref, locale, contextPath, guideTitle)));
    }
    m.appendTail(out);
    return out.toString();
  }

  private static String replacement(
      Reference ref,
      Locale locale,
      String contextPath,
      Function<String, Optional<String>> guideTitle) {
    if (ref.isGuide()) {
      return guideTitle
          .apply(ref.target())
          .map(
              title ->
                  "<a class=\"ui-guide\" href=\""
                      + contextPath
                      + "/guides/guide.xhtml?slug="
                      + ref.target()
                      + "\">"
                      + escape(title)
                      + "</a>")
          .orElse(ref.toString());
    }
    if (!ref.isLabel() && !ref.isPage()) {
      return ref.toString();
    }
    Optional<String> text = label(ref.labelBundle(), ref.labelKey(), locale);
    if (text.isEmpty()) {
      return ref.toString();
    }
    String strong = "<strong class=\"ui-label\">" + escape(text.get()) + "</strong>";
    return ref.isPage()
        ? "<a class=\"ui-page\" href=\"" + contextPath + ref.target() + "\">" + strong + "</a>"
        : strong;
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}

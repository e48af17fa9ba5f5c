package io.sigillo.selfcare.view.guide;

import static org.assertj.core.api.Assertions.assertThat;

import io.sigillo.reseller.guide.api.GuideText;
import io.sigillo.reseller.guide.application.PlatformGuides;
import io.sigillo.selfcare.view.guide.GuideReferences.Reference;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The platform's guides name only what the portal renders: every label they name is a key of the
 * portal's bundles, in both languages, that a page shows; every page they send to exists and shows
 * the label the guide gives it; every guide they point to exists; every screenshot is there and
 * small; a label the portal has is never written by hand (it would not follow a rename). The pages
 * are read as the Faces files that render them ({@code src/main/webapp}); {@code HelpCentreIT}
 * opens them on a running server.
 */
class GuideReferencesTest {

  private static final Path WEBAPP = Path.of("src/main/webapp");
  private static final Path LAYOUT = WEBAPP.resolve("WEB-INF/templates/layout.xhtml");
  private static final Pattern BOLD = Pattern.compile("\\*\\*(.+?)\\*\\*");
  private static final Pattern IMAGE = Pattern.compile("!\\[[^\\]]*\\]\\(([^)\\s]+)\\)");
  private static final long MAX_IMAGE_BYTES = 80 * 1024;
  private static final Map<Path, String> SOURCES = new ConcurrentHashMap<>();
  private static final Map<String, Boolean> RENDERED = new ConcurrentHashMap<>();
  private static final Map<String, Map<String, String>> LABELS = new ConcurrentHashMap<>();
  private static final Map<String, String> ALL_PAGES = new ConcurrentHashMap<>();

  @Test
  void everyPlatformGuideNamesOnlyWhatThePortalRenders() {
    List<String> problems = new ArrayList<>();
    for (String slug : PlatformGuides.SLUGS) {
      for (String lang : List.of("it", "en")) {
        Optional<GuideText> guide = PlatformGuides.find(slug, lang);
        if (guide.isEmpty()) {
          problems.add(slug + "_" + lang + ": missing");
          continue;
        }
        problems.addAll(problems(slug + "_" + lang, lang, guide.get().body()));
      }
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void theItalianAndEnglishGuideNameTheSameLabelsAndPages() {
    List<String> differ = new ArrayList<>();
    for (String slug : PlatformGuides.SLUGS) {
      Set<String> it = references(slug, "it");
      Set<String> en = references(slug, "en");
      if (!it.equals(en)) {
        differ.add(slug + ": it " + it + " / en " + en);
      }
    }
    assertThat(differ).isEmpty();
  }

  @Test
  void aGuideNamingAPageOrMenuThePortalDoesNotHaveFails() {
    String written =
        "1. Apri [[page:/devices/|idm:devices.title]] e scegli [[idm:devices.addApp]].\n"
            + "2. Scegli **Riconfigura** e leggi [[guide:otp-app-add]].\n"
            + "3. Scegli [[idm:recovery.title]] su [[page:/credentials/|sig:home.title]].\n"
            + "![schermata](img/does-not-exist.png)";

    List<String> problems = problems("fixture", "it", written);

    assertThat(problems)
        .hasSize(7)
        .anyMatch(p -> p.startsWith("fixture: **Riconfigura** is the portal's label "))
        .contains(
            "fixture: [[page:/devices/|idm:devices.title]]: no page /devices/",
            "fixture: [[page:/devices/|idm:devices.title]]: no label idm:devices.title",
            "fixture: [[idm:devices.addApp]]: no label idm:devices.addApp",
            "fixture: [[guide:otp-app-add]]: no such guide",
            "fixture: [[page:/credentials/|sig:home.title]]: /credentials/ does not show"
                + " sig:home.title",
            "fixture: image img/does-not-exist.png is missing");
  }

  @Test
  void referencesShowTheLabelInTheGuidesLanguageAndLinkThePage() {
    String html =
        "<p>Apri [[page:/credentials/|idm:credentials.title]], scegli"
            + " [[idm:credentials.action.reconfigure]], leggi [[guide:phone-clock]];"
            + " [[idm:no.such.key]].</p>";

    String italian =
        GuideReferences.render(html, Locale.ITALIAN, "/ctx", slug -> Optional.of("Ora: <ok>"));
    String english = GuideReferences.render(html, Locale.ENGLISH, "", slug -> Optional.empty());

    assertThat(italian)
        .contains(
            "<a class=\"ui-page\" href=\"/ctx/credentials/\"><strong class=\"ui-label\">"
                + "Gestione credenziali</strong></a>",
            "<strong class=\"ui-label\">Riconfigura</strong>",
            "<a class=\"ui-guide\" href=\"/ctx/guides/guide.xhtml?slug=phone-clock\">Ora:"
                + " &lt;ok&gt;</a>",
            "[[idm:no.such.key]]");
    assertThat(english)
        .contains(
            "<strong class=\"ui-label\">Reconfigure</strong>",
            "[[guide:phone-clock]]",
            "[[idm:no.such.key]]");
  }

  /** What is wrong with one guide's text, as sentences naming the reference. */
  static List<String> problems(String name, String lang, String body) {
    List<String> problems = new ArrayList<>();
    for (Reference ref : GuideReferences.in(body)) {
      String at = name + ": " + ref + ": ";
      if (ref.isGuide()) {
        if (!PlatformGuides.SLUGS.contains(ref.target())) {
          problems.add(at + "no such guide");
        }
        continue;
      }
      if (!ref.isLabel() && !ref.isPage()) {
        problems.add(at + "not a label, page or guide reference");
        continue;
      }
      String label = ref.labelBundle() + ":" + ref.labelKey();
      Optional<Path> page = ref.isPage() ? page(ref.target()) : Optional.empty();
      if (ref.isPage() && page.isEmpty()) {
        problems.add(at + "no page " + ref.target());
      }
      boolean known = true;
      for (Locale locale : List.of(Locale.ITALIAN, Locale.ENGLISH)) {
        Optional<String> text = GuideReferences.label(ref.labelBundle(), ref.labelKey(), locale);
        if (text.isEmpty()) {
          known = false;
        } else if (text.get().contains("{")) {
          problems.add(at + "label " + label + " has parameters, name a plain label");
        }
      }
      if (!known) {
        problems.add(at + "no label " + label);
      } else if (ref.isPage()) {
        page.filter(p -> !shows(p, ref.labelBundle(), ref.labelKey()))
            .ifPresent(p -> problems.add(at + ref.target() + " does not show " + label));
      } else if (!rendered(ref.labelBundle(), ref.labelKey())) {
        problems.add(at + "no page shows " + label);
      }
    }
    Map<String, String> labels = labelsByText(lang);
    Matcher bold = BOLD.matcher(GuideReferences.MARKER.matcher(body).replaceAll(""));
    while (bold.find()) {
      String key = labels.get(normal(bold.group(1)));
      if (key != null) {
        problems.add(
            name
                + ": **"
                + bold.group(1)
                + "** is the portal's label "
                + key
                + ": write it as [["
                + key
                + "]]");
      }
    }
    Matcher image = IMAGE.matcher(body);
    while (image.find()) {
      Path file = WEBAPP.resolve("guides").resolve(image.group(1)).normalize();
      if (!file.startsWith(WEBAPP.resolve("guides/img")) || !Files.isRegularFile(file)) {
        problems.add(name + ": image " + image.group(1) + " is missing");
      } else if (size(file) > MAX_IMAGE_BYTES) {
        problems.add(name + ": image " + image.group(1) + " is over 80 KB");
      }
    }
    return problems;
  }

  private static Set<String> references(String slug, String lang) {
    return PlatformGuides.find(slug, lang).map(GuideText::body).stream()
        .flatMap(body -> GuideReferences.in(body).stream())
        .map(Reference::toString)
        .collect(Collectors.toCollection(TreeSet::new));
  }

  /** The Faces file that renders a path: {@code /x/} is {@code x/index.xhtml}. */
  private static Optional<Path> page(String path) {
    String file = path.endsWith("/") ? path + "index.xhtml" : path;
    Path page = WEBAPP.resolve(file.substring(1)).normalize();
    return page.startsWith(WEBAPP)
            && !page.startsWith(WEBAPP.resolve("WEB-INF"))
            && Files.isRegularFile(page)
        ? Optional.of(page)
        : Optional.empty();
  }

  /**
   * Whether a page writes a label: {@code bundle['key']}, or {@code bundle['prefix'.concat(…)]} for
   * keys built from a state, in the page, its includes or (for the menu) the layout it uses.
   */
  private static boolean shows(Path page, String bundle, String key) {
    String source = read(page);
    if (writes(source, bundle, key)) {
      return true;
    }
    Matcher include = Pattern.compile("(?:src|template)=\"(/WEB-INF/[^\"]+)\"").matcher(source);
    while (include.find()) {
      if (writes(read(WEBAPP.resolve(include.group(1).substring(1))), bundle, key)) {
        return true;
      }
    }
    return false;
  }

  private static boolean writes(String source, String bundle, String key) {
    if (source.contains(bundle + "['" + key + "']")) {
      return true;
    }
    Matcher concat =
        Pattern.compile(Pattern.quote(bundle) + "\\['([^']+)'\\.concat\\(").matcher(source);
    while (concat.find()) {
      if (key.startsWith(concat.group(1))) {
        return true;
      }
    }
    return false;
  }

  /** Whether any page writes a label. */
  private static boolean rendered(String bundle, String key) {
    return RENDERED.computeIfAbsent(bundle + ":" + key, k -> writes(allPages(), bundle, key));
  }

  private static String allPages() {
    return ALL_PAGES.computeIfAbsent(
        "all",
        k -> pages().stream().map(GuideReferencesTest::read).collect(Collectors.joining("\n")));
  }

  private static List<Path> pages() {
    try (Stream<Path> files = Files.walk(WEBAPP)) {
      return files.filter(p -> p.toString().endsWith(".xhtml")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every label of the portal in one language, by its text, for labels written by hand. */
  private static Map<String, String> labelsByText(String lang) {
    return LABELS.computeIfAbsent(lang, GuideReferencesTest::readLabels);
  }

  private static Map<String, String> readLabels(String lang) {
    Map<String, String> byText = new HashMap<>();
    for (Map.Entry<String, String> bundle : new TreeMap<>(GuideReferences.BUNDLES).entrySet()) {
      ResourceBundle texts =
          ResourceBundle.getBundle(
              bundle.getValue(),
              Locale.forLanguageTag(lang),
              ResourceBundle.Control.getNoFallbackControl(
                  ResourceBundle.Control.FORMAT_PROPERTIES));
      for (String key : new TreeSet<>(texts.keySet())) {
        if (rendered(bundle.getKey(), key)) {
          byText.putIfAbsent(normal(texts.getString(key)), bundle.getKey() + ":" + key);
        }
      }
    }
    return byText;
  }

  private static String normal(String text) {
    return text.strip().replaceAll("[.:…]+$", "").toLowerCase(Locale.ROOT);
  }

  private static String read(Path file) {
    return SOURCES.computeIfAbsent(
        file.normalize(),
        f -> {
          try {
            return Files.readString(f);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
  }

  private static long size(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

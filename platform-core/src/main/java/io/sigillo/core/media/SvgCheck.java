package io.sigillo.core.media;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * Decides whether an SVG is a plain drawing that is safe to show as a tenant's logo. Refusing is
 * safer than cleaning: a sanitiser that misses one trick leaves the script in place, a refusal
 * leaves nothing. Refused: DTDs and entities, scripts, event handlers ({@code on*}), foreign
 * content, animation of links, and any reference that is not a fragment of the same file.
 */
public final class SvgCheck {

  private static final String SVG_NS = "http://www.w3.org/2000/svg";
  private static final Set<String> FORBIDDEN_ELEMENTS =
      Set.of(
          "script",
          "foreignobject",
          "iframe",
          "embed",
          "object",
          "handler",
          "listener",
          "audio",
          "video",
          "image",
          "feimage",
          "a");
  private static final Set<String> REFERENCE_ATTRIBUTES = Set.of("href", "src", "action");
  private static final Pattern EXTERNAL_URL =
      Pattern.compile("url\\s*\\(\\s*['\"]?\\s*(?!#)", Pattern.CASE_INSENSITIVE);
  private static final Pattern ACTIVE_TEXT =
      Pattern.compile("javascript:|@import|expression\\s*\\(", Pattern.CASE_INSENSITIVE);

  private SvgCheck() {}

  /** Empty when the SVG is acceptable, else the first thing that is not. */
  public static Optional<String> problem(byte[] content) {
    Document document;
    try {
      document = parser().parse(new ByteArrayInputStream(content));
    } catch (SAXException | IOException e) {
      return Optional.of("not well-formed SVG or has a DTD");
    }
    Element root = document.getDocumentElement();
    if (!"svg".equals(root.getLocalName()) || !SVG_NS.equals(root.getNamespaceURI())) {
      return Optional.of("root element is not <svg>");
    }
    return check(root);
  }

  /** Whether the bytes look like XML text rather than a raster image (before parsing them). */
  public static boolean looksLikeSvg(byte[] content) {
    int limit = Math.min(content.length, 1024);
    String start =
        new String(content, 0, limit, java.nio.charset.StandardCharsets.UTF_8)
            .stripLeading()
            .toLowerCase(Locale.ROOT);
    if (start.startsWith("\ufeff")) {
      start = start.substring(1);
    }
    return start.startsWith("<?xml") || start.startsWith("<svg") || start.startsWith("<!--");
  }

  private static Optional<String> check(Node node) {
    if (node.getNodeType() == Node.PROCESSING_INSTRUCTION_NODE) {
      return Optional.of("processing instruction");
    }
    if (node.getNodeType() == Node.ELEMENT_NODE) {
      Element element = (Element) node;
      String name = localName(element).toLowerCase(Locale.ROOT);
      if (FORBIDDEN_ELEMENTS.contains(name)) {
        return Optional.of("<" + name + ">");
      }
      if (("set".equals(name) || name.startsWith("animate"))
          && element.getAttribute("attributeName").toLowerCase(Locale.ROOT).contains("href")) {
        return Optional.of("animated link");
      }
      if ("style".equals(name) && unsafeStyle(element.getTextContent())) {
        return Optional.of("style with external reference");
      }
      NamedNodeMap attributes = element.getAttributes();
      for (int i = 0; i < attributes.getLength(); i++) {
        Optional<String> problem = checkAttribute((Attr) attributes.item(i));
        if (problem.isPresent()) {
          return problem;
        }
      }
    }
    for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
      Optional<String> problem = check(child);
      if (problem.isPresent()) {
        return problem;
      }
    }
    return Optional.empty();
  }

  private static Optional<String> checkAttribute(Attr attribute) {
    String name =
        (attribute.getLocalName() == null ? attribute.getName() : attribute.getLocalName())
            .toLowerCase(Locale.ROOT);
    String value = attribute.getValue().trim();
    if (name.startsWith("on")) {
      return Optional.of("event handler " + name);
    }
    if (REFERENCE_ATTRIBUTES.contains(name) && !value.startsWith("#")) {
      return Optional.of("external reference in " + name);
    }
    if (unsafeStyle(value)) {
      return Optional.of("external reference in " + name);
    }
    return Optional.empty();
  }

  private static boolean unsafeStyle(String text) {
    return text != null && (EXTERNAL_URL.matcher(text).find() || ACTIVE_TEXT.matcher(text).find());
  }

  private static String localName(Element element) {
    return element.getLocalName() == null ? element.getTagName() : element.getLocalName();
  }

  private static DocumentBuilder parser() {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      // no DOCTYPE at all: no entities, no billion laughs, no external DTD fetch
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
      factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
      factory.setXIncludeAware(false);
      factory.setExpandEntityReferences(false);
      DocumentBuilder builder = factory.newDocumentBuilder();
      // failures become SAXExceptions, and nothing is printed to the server's console
      builder.setErrorHandler(
          new org.xml.sax.ErrorHandler() {
            @Override
            public void warning(org.xml.sax.SAXParseException e) {}

            @Override
            public void error(org.xml.sax.SAXParseException e) throws SAXException {
              throw e;
            }

            @Override
            public void fatalError(org.xml.sax.SAXParseException e) throws SAXException {
              throw e;
            }
          });
      return builder;
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException("XML parser without secure processing", e);
    }
  }
}

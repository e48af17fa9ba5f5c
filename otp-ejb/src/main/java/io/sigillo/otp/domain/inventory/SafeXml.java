package io.sigillo.otp.domain.inventory;

import io.sigillo.core.error.SigilloException;
import io.sigillo.otp.api.OtpError;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * The JDK's own DOM parser, hardened for files that come from outside: a document type declaration
 * is refused outright (which rules out external entities, XXE, and entity expansion bombs alike),
 * external DTDs, schemas and XInclude are off, and secure processing caps what is left.
 *
 * <p>{@link DocumentBuilderFactory#newDefaultInstance()} rather than {@code newInstance()}: the
 * application server may put another parser first on the class path, and the features set here are
 * those of the JDK's.
 */
final class SafeXml {

  private SafeXml() {}

  static Document parse(byte[] content) {
    try {
      DocumentBuilder builder = factory().newDocumentBuilder();
      builder.setErrorHandler(SILENT);
      builder.setEntityResolver(
          (publicId, systemId) -> {
            throw new SAXException("external entities are not accepted");
          });
      return builder.parse(new ByteArrayInputStream(content));
    } catch (SAXException e) {
      // the parser's message may quote the document: only our own words leave this class
      String message = String.valueOf(e.getMessage());
      throw new SigilloException(
          OtpError.TOKEN_FILE_UNREADABLE,
          message.contains("DOCTYPE")
              ? "document type declarations are not accepted"
              : "not well-formed XML");
    } catch (IOException e) {
      throw new SigilloException(OtpError.TOKEN_FILE_UNREADABLE, "not well-formed XML");
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException("the JDK's XML parser refuses its hardening features", e);
    }
  }

  private static DocumentBuilderFactory factory() throws ParserConfigurationException {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
    factory.setNamespaceAware(true);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
    factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
    factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
    factory.setXIncludeAware(false);
    factory.setExpandEntityReferences(false);
    return factory;
  }

  /** The default handler prints to standard error, which may quote the document. */
  private static final ErrorHandler SILENT =
      new ErrorHandler() {
        @Override
        public void warning(SAXParseException e) {
          // a warning does not stop the parse and says nothing the caller needs
        }

        @Override
        public void error(SAXParseException e) throws SAXException {
          throw e;
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXException {
          throw e;
        }
      };

  /** Child elements by local name: PSKC files mix prefixes and unqualified names freely. */
  static List<Element> children(Element parent, String localName) {
    List<Element> found = new ArrayList<>();
    for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
      if (node instanceof Element element && localName.equals(element.getLocalName())) {
        found.add(element);
      }
    }
    return found;
  }

  static Optional<Element> child(Element parent, String localName) {
    List<Element> found = children(parent, localName);
    return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
  }

  static Optional<Element> child(Optional<Element> parent, String localName) {
    return parent.flatMap(p -> child(p, localName));
  }

  /** The trimmed text of a child element, when there is one with text. */
  static Optional<String> text(Optional<Element> parent, String localName) {
    return child(parent, localName).map(e -> e.getTextContent().strip()).filter(s -> !s.isEmpty());
  }
}

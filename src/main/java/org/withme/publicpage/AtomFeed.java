package org.withme.publicpage;

import java.io.StringWriter;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** The Atom feed (RFC 4287) of "you said, we did" items: the same texts as the page, newest first. */
final class AtomFeed {

  static final String NS = "http://www.w3.org/2005/Atom";
  /** RFC 3339 date-time with seconds, as Atom's updated requires (ISO_OFFSET_DATE_TIME drops zero seconds). */
  private static final DateTimeFormatter RFC3339 = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX");

  private AtomFeed() {}

  static String of(String councilName, String base, List<PublicPage.FeedbackView> items) {
    String self = base + PublicPageController.FEED;
    LocalDate newest = items.stream().map(PublicPage.FeedbackView::sentDate).max(LocalDate::compareTo)
        .orElse(LocalDate.of(2000, 1, 1));
    StringWriter out = new StringWriter();
    try {
      XMLStreamWriter x = XMLOutputFactory.newInstance().createXMLStreamWriter(out);
      x.writeStartDocument("UTF-8", "1.0");
      x.writeStartElement("feed");
      x.writeDefaultNamespace(NS);
      text(x, "title", councilName + ": you said, we did");
      text(x, "subtitle", "What young people told " + councilName + " and what changed because of it.");
      text(x, "id", self);
      link(x, "self", self, "application/atom+xml");
      link(x, "alternate", base + PublicPageController.PAGE, "text/html");
      text(x, "updated", timestamp(newest));
      x.writeStartElement("author");
      text(x, "name", councilName);
      x.writeEndElement();
      for (PublicPage.FeedbackView f : items) {
        x.writeStartElement("entry");
        text(x, "title", f.programmeTitle() + ": " + f.stage() + " stage");
        text(x, "id", "urn:uuid:" + f.id());
        link(x, "alternate", base + PublicPageController.PROGRAMMES + f.programmeReference() + "#feedback-" + f.id(), "text/html");
        text(x, "updated", timestamp(f.sentDate()));
        text(x, "summary", f.summary() + " (" + capital(f.youngPeople()) + " took part in this stage.)");
        x.writeEndElement();
      }
      x.writeEndElement();
      x.writeEndDocument();
      x.close();
    } catch (XMLStreamException e) {
      throw new IllegalStateException("The feed could not be written", e);
    }
    return out.toString();
  }

  private static String capital(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  private static String timestamp(LocalDate day) {
    return RFC3339.format(day.atStartOfDay().atOffset(ZoneOffset.UTC));
  }

  private static void text(XMLStreamWriter x, String name, String value) throws XMLStreamException {
    x.writeStartElement(name);
    x.writeCharacters(value == null ? "" : value);
    x.writeEndElement();
  }

  private static void link(XMLStreamWriter x, String rel, String href, String type) throws XMLStreamException {
    x.writeEmptyElement("link");
    x.writeAttribute("rel", rel);
    x.writeAttribute("type", type);
    x.writeAttribute("href", href);
  }
}

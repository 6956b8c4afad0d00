package org.withme.governance;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;

/**
 * The few things the deployment policy reads from a BPMN element, whoever parsed it: the engine
 * while deploying ({@link #of(org.camunda.bpm.engine.impl.util.xml.Element)}) or the JDK's DOM in
 * plain tests ({@link #of(org.w3c.dom.Element)}).
 */
public interface BpmnXml {

  String CAMUNDA_NS = BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS.getNamespaceUri();

  /** Local name of the element, e.g. {@code userTask}. */
  String name();

  /** An attribute without namespace, or null. */
  String attribute(String name);

  /** A {@code camunda:} attribute, or null. */
  String camundaAttribute(String name);

  List<BpmnXml> children();

  String text();

  default String id() {
    return attribute("id");
  }

  default List<BpmnXml> children(String name) {
    return children().stream().filter(c -> c.name().equals(name)).toList();
  }

  default Optional<BpmnXml> child(String name) {
    return children().stream().filter(c -> c.name().equals(name)).findFirst();
  }

  /** A {@code camunda:inputParameter} with a plain text value, or null. */
  default String inputParameter(String parameter) {
    for (BpmnXml extensions : children("extensionElements")) {
      for (BpmnXml io : extensions.children("inputOutput")) {
        for (BpmnXml in : io.children("inputParameter")) {
          if (parameter.equals(in.attribute("name"))) {
            return in.text() == null ? null : in.text().trim();
          }
        }
      }
    }
    return null;
  }

  /** The element's name for people: "Name (Id)", or the id alone. */
  default String label() {
    String name = attribute("name");
    return name == null || name.isBlank() ? "'" + id() + "'" : "'" + name.trim().replaceAll("\\s+", " ") + "' (" + id() + ")";
  }

  static BpmnXml of(org.camunda.bpm.engine.impl.util.xml.Element element) {
    return new BpmnXml() {
      @Override public String name() { return element.getTagName(); }
      @Override public String attribute(String name) { return element.attribute(name); }
      @Override public String camundaAttribute(String name) { return element.attributeNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, name); }
      @Override public List<BpmnXml> children() { return element.elements().stream().map(BpmnXml::of).toList(); }
      @Override public String text() { return element.getText(); }
    };
  }

  static BpmnXml of(org.w3c.dom.Element element) {
    return new BpmnXml() {
      @Override public String name() { return element.getLocalName(); }
      @Override public String attribute(String name) { return element.hasAttribute(name) ? element.getAttribute(name) : null; }
      @Override public String camundaAttribute(String name) {
        return element.hasAttributeNS(CAMUNDA_NS, name) ? element.getAttributeNS(CAMUNDA_NS, name) : null;
      }
      @Override public List<BpmnXml> children() {
        List<BpmnXml> children = new ArrayList<>();
        for (org.w3c.dom.Node n = element.getFirstChild(); n != null; n = n.getNextSibling()) {
          if (n instanceof org.w3c.dom.Element e) {
            children.add(of(e));
          }
        }
        return children;
      }
      @Override public String text() { return element.getTextContent(); }
    };
  }
}

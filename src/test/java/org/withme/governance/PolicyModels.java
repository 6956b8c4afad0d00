package org.withme.governance;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Reads BPMN files with the JDK's DOM, for the policy's plain tests (and other packages' model tests). */
public final class PolicyModels {

  static final String BPMN_NS = "http://www.omg.org/spec/BPMN/20100524/MODEL";

  private PolicyModels() {}

  /** The {@code bpmn:process} elements of a test model in src/test/resources/policy/. */
  static List<BpmnXml> testModel(String file) {
    try (InputStream in = PolicyModels.class.getResourceAsStream("/policy/" + file)) {
      if (in == null) {
        throw new IllegalArgumentException("no test model " + file);
      }
      return processes(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<BpmnXml> file(Path path) {
    try (InputStream in = Files.newInputStream(path)) {
      return processes(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static List<BpmnXml> processes(InputStream in) {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      Document document = factory.newDocumentBuilder().parse(in);
      NodeList nodes = document.getElementsByTagNameNS(BPMN_NS, "process");
      List<BpmnXml> processes = new ArrayList<>();
      for (int i = 0; i < nodes.getLength(); i++) {
        processes.add(BpmnXml.of((Element) nodes.item(i)));
      }
      return processes;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** Every model process owners ship: processes/*.bpmn at the project root. */
  static List<Path> shippedModels() {
    try (var files = Files.list(Path.of("processes"))) {
      return files.filter(p -> p.getFileName().toString().endsWith(".bpmn")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

package org.withme.governance;

import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Where a token can go in a process: sequence flows, boundary events, into and out of embedded
 * subprocesses, event subprocesses (which may start whenever their scope is active) and link
 * events. Each embedded subprocess has two nodes: its id (entered, still inside) and
 * {@code id#done} (left through its end). Conservative: every path the model draws counts, whether
 * a condition could ever be true or not.
 */
public final class FlowGraph {

  public static final String DONE = "#done";

  private static final Set<String> SCOPES = Set.of("subProcess", "transaction", "adHocSubProcess");
  private static final Set<String> NOT_FLOW_NODES = Set.of("sequenceFlow", "extensionElements", "documentation",
      "laneSet", "textAnnotation", "association", "dataObject", "dataObjectReference", "dataStoreReference",
      "incoming", "outgoing", "ioSpecification", "property", "group", "category");

  private final Map<String, BpmnXml> elements = new LinkedHashMap<>();
  private final Map<String, Set<String>> edges = new HashMap<>();
  /** Edges that start a token beside the main one (non-interrupting events): it cannot complete a scope alone. */
  private final Map<String, Set<String>> sideEdges = new HashMap<>();
  private final Map<String, String> parentScope = new HashMap<>();
  private final Set<String> processStarts = new LinkedHashSet<>();

  private FlowGraph() {}

  /** The graph of one {@code bpmn:process} element. */
  public static FlowGraph of(BpmnXml process) {
    FlowGraph graph = new FlowGraph();
    graph.scan(process, null);
    return graph;
  }

  private void scan(BpmnXml scope, String scopeId) {
    Map<String, List<String>> linkThrows = new HashMap<>();
    Map<String, List<String>> linkCatches = new HashMap<>();
    for (BpmnXml child : scope.children()) {
      String name = child.name();
      if (NOT_FLOW_NODES.contains(name) || child.id() == null) {
        continue;
      }
      String id = child.id();
      elements.put(id, child);
      if (scopeId != null) {
        parentScope.put(id, scopeId);
      }
      boolean eventSubProcess = "subProcess".equals(name) && "true".equals(child.attribute("triggeredByEvent"));
      if ("startEvent".equals(name)) {
        if (scopeId == null) {
          processStarts.add(id);
        } else {
          edge(scopeId, id);
        }
      }
      if ("endEvent".equals(name) && scopeId != null) {
        edge(id, scopeId + DONE);
      }
      if ("boundaryEvent".equals(name) && child.attribute("attachedToRef") != null) {
        if ("false".equals(child.attribute("cancelActivity"))) {
          sideEdge(child.attribute("attachedToRef"), id);
        } else {
          edge(child.attribute("attachedToRef"), id);
        }
      }
      String link = child.child("linkEventDefinition").map(l -> l.attribute("name")).orElse(null);
      if (link != null && "intermediateThrowEvent".equals(name)) {
        linkThrows.computeIfAbsent(link, k -> new java.util.ArrayList<>()).add(id);
      }
      if (link != null && "intermediateCatchEvent".equals(name)) {
        linkCatches.computeIfAbsent(link, k -> new java.util.ArrayList<>()).add(id);
      }
      if (SCOPES.contains(name)) {
        if (eventSubProcess) {
          // may start whenever its enclosing scope is active
          scanEventSubProcess(child, scopeId);
        } else {
          scan(child, id);
        }
      }
    }
    for (BpmnXml flow : scope.children("sequenceFlow")) {
      String source = flow.attribute("sourceRef");
      String target = flow.attribute("targetRef");
      BpmnXml sourceElement = elements.get(source);
      boolean fromScope = sourceElement != null && SCOPES.contains(sourceElement.name());
      edge(fromScope ? source + DONE : source, target);
    }
    linkThrows.forEach((link, throwers) -> throwers.forEach(t ->
        linkCatches.getOrDefault(link, List.of()).forEach(c -> edge(t, c))));
  }

  private void scanEventSubProcess(BpmnXml eventSubProcess, String scopeId) {
    String id = eventSubProcess.id();
    scan(eventSubProcess, id);
    boolean interrupting = false;
    for (BpmnXml start : eventSubProcess.children("startEvent")) {
      boolean startInterrupts = !"false".equals(start.attribute("isInterrupting"));
      interrupting |= startInterrupts;
      if (scopeId == null) {
        processStarts.add(start.id());
      } else if (startInterrupts) {
        edge(scopeId, start.id());
      } else {
        sideEdge(scopeId, start.id());
      }
    }
    // an interrupting event subprocess ends its enclosing scope when it ends; a non-interrupting one
    // only ends its own token
    if (interrupting) {
      edge(id + DONE, scopeId == null ? "#process-end" : scopeId + DONE);
    }
  }

  private void edge(String from, String to) {
    edges.computeIfAbsent(from, k -> new LinkedHashSet<>()).add(to);
  }

  private void sideEdge(String from, String to) {
    sideEdges.computeIfAbsent(from, k -> new LinkedHashSet<>()).add(to);
  }

  public Map<String, BpmnXml> elements() {
    return elements;
  }

  public BpmnXml element(String id) {
    return elements.get(id);
  }

  public Set<String> processStarts() {
    return processStarts;
  }

  /** The ids of everything inside a scope (nested scopes included). */
  public Set<String> inside(String scopeId) {
    Set<String> inside = new LinkedHashSet<>();
    for (String id : elements.keySet()) {
      for (String p = parentScope.get(id); p != null; p = parentScope.get(p)) {
        if (p.equals(scopeId)) {
          inside.add(id);
          break;
        }
      }
    }
    return inside;
  }

  /** Every node any token can reach from {@code from} without stepping on any of {@code blocked}. */
  public Set<String> reachable(Collection<String> from, Set<String> blocked) {
    return reachable(from, blocked, true);
  }

  /**
   * Every node reachable from {@code from} without stepping on any of {@code blocked}; with
   * {@code sideTokens} false, only by the main token (what can complete a scope).
   */
  public Set<String> reachable(Collection<String> from, Set<String> blocked, boolean sideTokens) {
    Set<String> seen = new HashSet<>();
    Deque<String> todo = new ArrayDeque<>();
    for (String f : from) {
      if (!blocked.contains(f) && seen.add(f)) {
        todo.add(f);
      }
    }
    while (!todo.isEmpty()) {
      String node = todo.poll();
      for (String next : next(node, sideTokens)) {
        if (!blocked.contains(next) && seen.add(next)) {
          todo.add(next);
        }
      }
    }
    return seen;
  }

  /** The direct successors of a node along the main token's way. */
  public Set<String> next(String id) {
    return edges.getOrDefault(id, Set.of());
  }

  private Set<String> next(String id, boolean sideTokens) {
    Set<String> main = edges.getOrDefault(id, Set.of());
    if (!sideTokens || !sideEdges.containsKey(id)) {
      return main;
    }
    Set<String> all = new LinkedHashSet<>(main);
    all.addAll(sideEdges.get(id));
    return all;
  }
}

package org.precedent.corpus;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Completes what a parser found into an addressable tree: every ancestor eid exists (a container
 * such as {@code art_7} is created when the text has no words of its own for it), a parent's text
 * is its own words followed by its children's, and every provision gets its citation, status and
 * hash.
 */
public final class Outline {
  private Outline() {}

  public static List<Provision> build(
      Instrument instrument, List<ParsedProvision> parsed, String provenanceFile, String official) {
    Map<String, Node> nodes = new LinkedHashMap<>();
    for (ParsedProvision p : parsed) {
      ProvisionId id = new ProvisionId(instrument.id(), p.eid());
      for (String ancestor : id.ancestorEids()) {
        nodes.computeIfAbsent(ancestor, eid -> new Node(eid, null));
      }
      Node existing = nodes.get(p.eid());
      if (existing != null && existing.parsed != null) {
        throw new IllegalStateException(
            instrument.id()
                + ": eid "
                + p.eid()
                + " found twice (lines "
                + existing.parsed.fromLine()
                + " and "
                + p.fromLine()
                + ")");
      }
      nodes.put(p.eid(), new Node(p.eid(), p));
      if (existing != null) {
        nodes.get(p.eid()).children.addAll(existing.children);
      }
      id.parentEid().ifPresent(parent -> nodes.get(parent).children.add(p.eid()));
    }
    linkContainers(nodes);
    List<String> order = new ArrayList<>(nodes.keySet());
    Map<String, Status> statuses = statuses(instrument, order);
    List<Provision> out = new ArrayList<>();
    for (int i = 0; i < order.size(); i++) {
      Node node = nodes.get(order.get(i));
      out.add(
          toProvision(
              instrument, node, nodes, i, statuses.get(node.eid), provenanceFile, official));
    }
    return out;
  }

  /** Containers created for ancestors need their own parents linked too, in document order. */
  private static void linkContainers(Map<String, Node> nodes) {
    for (Node node : nodes.values()) {
      if (node.parsed != null) {
        continue;
      }
      new ProvisionId("x", node.eid)
          .parentEid()
          .ifPresent(
              parent -> {
                List<String> siblings = nodes.get(parent).children;
                if (!siblings.contains(node.eid)) {
                  siblings.add(node.eid);
                }
              });
    }
    List<String> order = new ArrayList<>(nodes.keySet());
    for (Node node : nodes.values()) {
      node.children.sort(java.util.Comparator.comparingInt(order::indexOf));
    }
  }

  private static Map<String, Status> statuses(Instrument instrument, List<String> order) {
    Map<String, Status> out = new LinkedHashMap<>();
    order.forEach(eid -> out.put(eid, instrument.status()));
    for (Instrument.StatusRange range : instrument.statusRanges()) {
      int from = order.indexOf(range.from());
      int to = order.indexOf(range.to());
      if (from < 0 || to < from) {
        throw new IllegalStateException(
            instrument.id() + ": status range " + range.from() + ".." + range.to() + " not found");
      }
      for (int i = from; i <= to; i++) {
        out.put(order.get(i), range.status());
      }
    }
    return out;
  }

  private static Provision toProvision(
      Instrument instrument,
      Node node,
      Map<String, Node> nodes,
      int ordinal,
      Status status,
      String file,
      String official) {
    String own = node.parsed == null ? "" : node.parsed.text();
    String text = fullText(node, nodes);
    int[] lines = lineSpan(node, nodes);
    ParsedProvision first = firstParsed(node, nodes);
    String eid = node.eid;
    String origin =
        instrument.source() == null || instrument.source().origin() == null
            ? Provenance.SEED
            : instrument.source().origin();
    return new Provision(
        new ProvisionId(instrument.id(), eid),
        node.parsed == null ? containerUnit(eid) : node.parsed.unit(),
        EidLabels.label(eid),
        instrument.citationName() + ", " + EidLabels.label(eid),
        node.parsed == null ? headingOf(node, nodes) : node.parsed.heading(),
        first == null ? "" : first.section(),
        text,
        own,
        status,
        instrument.language(),
        new Provenance(origin, file, lines[0], lines[1], official),
        sha256(text),
        ordinal,
        node.children,
        node.parsed == null ? Map.of() : node.parsed.attributes());
  }

  private static String headingOf(Node node, Map<String, Node> nodes) {
    ParsedProvision first = firstParsed(node, nodes);
    return first == null ? "" : first.heading();
  }

  private static String containerUnit(String eid) {
    String last = eid.substring(eid.lastIndexOf("__") < 0 ? 0 : eid.lastIndexOf("__") + 2);
    return last.indexOf('_') < 0 ? last : last.substring(0, last.indexOf('_'));
  }

  static String fullText(Node node, Map<String, Node> nodes) {
    StringBuilder out = new StringBuilder(node.parsed == null ? "" : node.parsed.text());
    for (String child : node.children) {
      String childText = fullText(nodes.get(child), nodes);
      if (!childText.isEmpty()) {
        if (out.length() > 0) {
          out.append(' ');
        }
        out.append(childText);
      }
    }
    return out.toString();
  }

  private static int[] lineSpan(Node node, Map<String, Node> nodes) {
    int from = Integer.MAX_VALUE;
    int to = 0;
    if (node.parsed != null) {
      from = node.parsed.fromLine();
      to = node.parsed.toLine();
    }
    for (String child : node.children) {
      int[] span = lineSpan(nodes.get(child), nodes);
      from = Math.min(from, span[0]);
      to = Math.max(to, span[1]);
    }
    return new int[] {from, to};
  }

  private static ParsedProvision firstParsed(Node node, Map<String, Node> nodes) {
    if (node.parsed != null) {
      return node.parsed;
    }
    for (String child : node.children) {
      ParsedProvision p = firstParsed(nodes.get(child), nodes);
      if (p != null) {
        return p;
      }
    }
    return null;
  }

  public static String sha256(String text) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }

  private static final class Node {
    final String eid;
    final ParsedProvision parsed;
    final List<String> children = new ArrayList<>();

    Node(String eid, ParsedProvision parsed) {
      this.eid = eid;
      this.parsed = parsed;
    }
  }
}

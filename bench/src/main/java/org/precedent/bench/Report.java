package org.precedent.bench;

import java.lang.management.ManagementFactory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.precedent.index.IndexStore;

/** The Markdown report: machine, date, and one table row per workload and corpus size. */
final class Report {
  private record Row(int size, String workload, String unit, String value, String ratio) {}

  private final List<Row> rows = new ArrayList<>();
  private final Map<Integer, IndexStore> indexes = new LinkedHashMap<>();

  void add(int size, String workload, String unit, String value, String ratio) {
    rows.add(new Row(size, workload, unit, value, ratio));
  }

  void indexAt(int size, IndexStore store) {
    indexes.put(size, store);
  }

  Map<Integer, IndexStore> indexes() {
    return indexes;
  }

  String markdown(LocalDate date) {
    StringBuilder out = new StringBuilder();
    out.append("# Benchmarks\n\n");
    out.append("Latest run: ").append(date).append(", ")
        .append(Runtime.getRuntime().availableProcessors()).append(" cores, ")
        .append(Runtime.getRuntime().maxMemory() / (1 << 20)).append(" MiB max heap, ")
        .append(ManagementFactory.getRuntimeMXBean().getVmName()).append(' ')
        .append(System.getProperty("java.version")).append(".\n\n");
    out.append("Every figure is the median of repeated runs with the spread (min–max) in brackets; ")
        .append("ratios compare with a ceiling measured in the same run on the same machine.\n")
        .append("Run again with `bench/run` (see below).\n\n");
    out.append("| provisions | workload | value | ratio |\n| ---: | --- | --- | --- |\n");
    for (Row r : rows) {
      out.append("| ").append(r.size).append(" | ").append(r.workload).append(" | ")
          .append(r.value).append(" | ").append(r.ratio).append(" |\n");
    }
    out.append("\n## How to run\n\n```\nbench/run --sizes 10000,100000,1000000 --repeats 3\n```\n");
    return out.toString();
  }
}

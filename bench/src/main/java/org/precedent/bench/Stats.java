package org.precedent.bench;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Median, spread and percentiles of repeated measurements. */
record Stats(double median, double min, double max, double p99) {
  static Stats of(List<Double> values) {
    double[] v = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    if (v.length == 0) {
      return new Stats(Double.NaN, Double.NaN, Double.NaN, Double.NaN);
    }
    double median = v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    int p99 = Math.min(v.length - 1, (int) Math.ceil(v.length * 0.99) - 1);
    return new Stats(median, v[0], v[v.length - 1], v[Math.max(0, p99)]);
  }

  static Stats of(double[] values) {
    return of(Arrays.stream(values).boxed().toList());
  }

  String format(String unit) {
    return String.format(Locale.ROOT, "%.1f %s (%.1f–%.1f)", median, unit, min, max);
  }
}

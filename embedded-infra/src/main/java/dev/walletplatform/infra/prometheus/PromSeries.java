package dev.walletplatform.infra.prometheus;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** One series of a range query's result: its labels and its points, oldest first. */
public record PromSeries(Map<String, String> labels, List<Point> points) {
  public PromSeries {
    labels = Map.copyOf(labels);
    points = List.copyOf(points);
  }

  /** A value at a time. */
  public record Point(Instant at, double value) {}
}

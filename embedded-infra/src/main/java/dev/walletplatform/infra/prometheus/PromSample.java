package dev.walletplatform.infra.prometheus;

import java.time.Instant;
import java.util.Map;

/**
 * One series of an instant query's result: its labels ({@code __name__} included when the result
 * keeps it) and its value at {@code at}. A scalar result is one sample without labels.
 */
public record PromSample(Map<String, String> labels, double value, Instant at) {
  public PromSample {
    labels = Map.copyOf(labels);
  }

  public String label(String name) {
    return labels.get(name);
  }
}

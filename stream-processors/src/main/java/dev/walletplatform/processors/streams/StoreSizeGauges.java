package dev.walletplatform.processors.streams;

import com.codahale.metrics.Gauge;
import com.codahale.metrics.MetricRegistry;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.apache.kafka.common.Metric;
import org.apache.kafka.common.MetricName;
import org.apache.kafka.streams.KafkaStreams;

/**
 * {@code streams.store.<store>.entries}: RocksDB's estimate of the keys each store holds on this
 * instance (active and standby tasks), summed over partitions and segments — Kafka Streams'
 * {@code estimate-num-keys} metric, bridged to the admin /metrics. Plus {@code streams.running}.
 */
public final class StoreSizeGauges {
  private static final String ESTIMATE = "estimate-num-keys";

  private StoreSizeGauges() {}

  public static void register(MetricRegistry registry, List<String> stores, Supplier<Optional<KafkaStreams>> streams) {
    for (String store : stores) {
      registry.register("streams.store." + store + ".entries", (Gauge<Long>) () -> estimate(streams, store));
    }
    registry.register("streams.running", (Gauge<Integer>) () -> streams.get()
        .map(s -> s.state() == KafkaStreams.State.RUNNING ? 1 : 0).orElse(0));
  }

  static long estimate(Supplier<Optional<KafkaStreams>> streams, String store) {
    return streams.get().map(running -> {
      long total = 0;
      for (var entry : running.metrics().entrySet()) {
        MetricName name = entry.getKey();
        if (name.name().equals(ESTIMATE) && name.tags().containsValue(store)) {
          total += asLong(entry.getValue());
        }
      }
      return total;
    }).orElse(0L);
  }

  private static long asLong(Metric metric) {
    return metric.metricValue() instanceof Number number ? number.longValue() : 0;
  }
}

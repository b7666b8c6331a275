package dev.walletplatform.processors.streams;

import com.codahale.metrics.CachedGauge;
import com.codahale.metrics.Gauge;
import com.codahale.metrics.MetricRegistry;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.apache.kafka.common.Metric;
import org.apache.kafka.common.MetricName;
import org.apache.kafka.streams.KafkaStreams;

/**
 * {@code streams.store.<store>.entries}: RocksDB's estimate of the keys each store holds on this
 * instance (active and standby tasks), summed over partitions and segments — Kafka Streams' {@code
 * estimate-num-keys} metric, bridged to the admin /metrics. Plus {@code streams.running}.
 *
 * <p>{@code KafkaStreams.metrics()} copies every client metric (thousands), so all stores are
 * counted in one walk, at most every {@value #REFRESH_SECONDS} s: done per store on every scrape it
 * was 6% of this JVM's CPU while the burst benchmark scraped once a second.
 */
final class StoreSizeGauges {
  private static final String ESTIMATE = "estimate-num-keys";
  static final long REFRESH_SECONDS = 5;

  private StoreSizeGauges() {}

  public static void register(
      MetricRegistry registry, List<String> stores, Supplier<Optional<KafkaStreams>> streams) {
    Gauge<Map<String, Long>> sizes =
        new CachedGauge<>(REFRESH_SECONDS, TimeUnit.SECONDS) {
          @Override
          protected Map<String, Long> loadValue() {
            return estimates(streams, stores);
          }
        };
    for (String store : stores) {
      registry.register(
          "streams.store." + store + ".entries",
          (Gauge<Long>) () -> sizes.getValue().getOrDefault(store, 0L));
    }
    registry.register(
        "streams.running",
        (Gauge<Integer>)
            () ->
                streams.get().map(s -> s.state() == KafkaStreams.State.RUNNING ? 1 : 0).orElse(0));
  }

  static Map<String, Long> estimates(
      Supplier<Optional<KafkaStreams>> streams, List<String> stores) {
    Map<String, Long> totals = new HashMap<>();
    streams
        .get()
        .ifPresent(
            running -> {
              for (var entry : running.metrics().entrySet()) {
                MetricName name = entry.getKey();
                if (!name.name().equals(ESTIMATE)) {
                  continue;
                }
                for (String store : stores) {
                  if (name.tags().containsValue(store)) {
                    totals.merge(store, asLong(entry.getValue()), Long::sum);
                  }
                }
              }
            });
    return totals;
  }

  private static long asLong(Metric metric) {
    return metric.metricValue() instanceof Number number ? number.longValue() : 0;
  }
}

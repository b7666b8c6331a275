package dev.walletplatform.processors.bench;

import dev.walletplatform.domain.money.AssetCatalog;
import dev.walletplatform.infra.WorkDirs;
import dev.walletplatform.infra.kafka.KafkaCluster;
import dev.walletplatform.infra.kafka.KafkaClusterConfig;
import dev.walletplatform.infra.kafka.TopicSpec;
import dev.walletplatform.processors.config.KafkaSettings;
import dev.walletplatform.processors.config.ScreeningSettings;
import dev.walletplatform.processors.config.StreamsSettings;
import dev.walletplatform.processors.config.WindowLimit;
import dev.walletplatform.processors.screening.ScreeningMetrics;
import dev.walletplatform.processors.screening.ScreeningTopology;
import dev.walletplatform.processors.streams.StreamSources;
import dev.walletplatform.processors.streams.StreamsClientConfig;
import dev.walletplatform.processors.streams.WalletTopologies;
import dev.walletplatform.processors.streams.serde.WalletSerdes;
import dev.walletplatform.registry.local.LocalSchemaRegistry;
import dev.walletplatform.schemas.Topics;
import dev.walletplatform.schemas.command.v1.GiveawayClaimRequested;
import dev.walletplatform.schemas.command.v1.TransferRequested;
import dev.walletplatform.schemas.command.v1.WalletCommand;
import dev.walletplatform.schemas.command.v1.WithdrawalRequested;
import dev.walletplatform.schemas.registry.HttpSchemaRegistryClient;
import dev.walletplatform.schemas.registry.SchemaRegistryClient;
import dev.walletplatform.schemas.serde.AvroSerializer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.UUID;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;

/**
 * How many commands per second the screening topology sustains on this machine: a real KRaft broker
 * (child JVM), exactly-once, RocksDB state. The commands are produced first (a backlog, as after a
 * burst), then the Streams client starts; the rate is counted from its first output record to the
 * last, so start-up and the first rebalance are left out (both are printed). Prints, asserts
 * nothing.
 *
 * <pre>
 * scripts/mvnw-jdk21.sh -q -pl stream-processors -am install -DskipTests
 * scripts/mvnw-jdk21.sh -q -pl stream-processors exec:java -Dexec.classpathScope=test \
 *   -Dexec.mainClass=dev.walletplatform.processors.bench.ScreeningBenchmark -Dexec.args="--commands 100000"
 * </pre>
 *
 * Options: {@code --commands N} (100000), {@code --partitions P} (6), {@code --threads T} (1),
 * {@code --topology screening|all} (screening: the screening topology alone; all: with the status
 * view and campaign budgets, as the service runs).
 */
public final class ScreeningBenchmark {
  private ScreeningBenchmark() {}

  public static void main(String[] args) throws Exception {
    Map<String, String> options = Options.parse(args);
    int commands = Integer.parseInt(options.getOrDefault("commands", "100000"));
    int partitions = Integer.parseInt(options.getOrDefault("partitions", "6"));
    int threads = Integer.parseInt(options.getOrDefault("threads", "1"));
    boolean all = options.getOrDefault("topology", "screening").equals("all");
    Path work = Files.createTempDirectory("screening-bench");
    try (KafkaCluster kafka =
            new KafkaCluster(KafkaClusterConfig.builder().workDir(work.resolve("kafka")).build())
                .start();
        LocalSchemaRegistry registryServer =
            LocalSchemaRegistry.start(kafka.bootstrapServers(), 0)) {
      kafka.createTopics(
          List.of(
              TopicSpec.of(Topics.COMMANDS, partitions, 1),
              TopicSpec.of(Topics.SCREENED_COMMANDS, partitions, 1),
              TopicSpec.of(Topics.EVENTS, partitions, 1),
              TopicSpec.of(Topics.RESULTS, partitions, 1),
              TopicSpec.of(Topics.DEAD_LETTERS, 1, 1),
              TopicSpec.of(Topics.CAMPAIGN_BUDGETS, 1, 1).withConfig("cleanup.policy", "compact")));
      SchemaRegistryClient registry =
          new HttpSchemaRegistryClient(registryServer.uri(), Duration.ofSeconds(10));
      long produceStart = System.nanoTime();
      produce(kafka.bootstrapServers(), registry, commands);
      System.out.printf("produced %,d commands in %.1f s%n", commands, seconds(produceStart));
      run(kafka.bootstrapServers(), registry, work, commands, partitions, threads, all);
    } finally {
      WorkDirs.delete(work);
    }
  }

  private static void run(
      String bootstrap,
      SchemaRegistryClient registry,
      Path work,
      int commands,
      int partitions,
      int threads,
      boolean all)
      throws Exception {
    // limits far above the traffic: every command is screened in full, few are cut
    ScreeningSettings screening =
        ScreeningSettings.fromYaml(
            new WindowLimit(1_000, io.dropwizard.util.Duration.minutes(1)),
            new WindowLimit(1_000, io.dropwizard.util.Duration.hours(1)),
            io.dropwizard.util.Duration.minutes(5),
            null,
            Map.of(),
            null);
    SimpleMeterRegistry metrics = new SimpleMeterRegistry();
    ScreeningMetrics screeningMetrics = new ScreeningMetrics(metrics, Clock.systemUTC());
    WalletSerdes serdes = new WalletSerdes(registry);
    Topology topology;
    if (all) {
      topology =
          WalletTopologies.build(
              serdes,
              screening,
              screeningMetrics,
              AssetCatalog.defaults(),
              Duration.ofDays(1),
              partitions);
    } else {
      StreamsBuilder builder = new StreamsBuilder();
      new ScreeningTopology(screening, screeningMetrics, partitions)
          .build(builder, new StreamSources(builder, serdes));
      topology = builder.build();
    }
    StreamsSettings settings =
        StreamsSettings.fromYaml(
            true,
            "bench-" + UUID.randomUUID(),
            null,
            work.resolve("state").toString(),
            threads,
            0,
            1,
            null,
            null);
    Properties props =
        StreamsClientConfig.streams(
            new KafkaSettings(bootstrap, null, null, null, null, null), settings, metrics);
    long start = System.nanoTime();
    try (KafkaStreams streams = new KafkaStreams(topology, props);
        OutputCounter outputs = new OutputCounter(bootstrap)) {
      streams.start();
      while (outputs.count() < commands) {
        if (seconds(start) > 600) {
          throw new IllegalStateException(
              "only " + outputs.count() + " of " + commands + " screened in 10 min");
        }
        Thread.sleep(50);
      }
      long last = outputs.lastSeenNanos();
      double sustained = (last - outputs.firstSeenNanos()) / 1e9;
      System.out.printf(
          "%s topology, exactly_once_v2, %d partition(s), %d thread(s): %,d commands screened"
              + " (%,d passed, %,d rejected) in %.1f s from start (incl. %.1f s to the first output);"
              + " sustained %,.0f records/s%n",
          all ? "whole (screening + status view + campaign budgets)" : "screening",
          partitions,
          threads,
          commands,
          screeningMetrics.passedCount(),
          commands - screeningMetrics.passedCount(),
          (last - start) / 1e9,
          (outputs.firstSeenNanos() - start) / 1e9,
          commands / sustained);
    }
  }

  /**
   * 60 % transfers, 20 % withdrawals, 20 % claims over 20,000 wallets and 5,000 devices, accepted
   * now.
   */
  private static void produce(String bootstrap, SchemaRegistryClient registry, int count)
      throws Exception {
    AvroSerializer<WalletCommand> serializer = new AvroSerializer<>(registry);
    Random random = new Random(42);
    Instant now = Instant.now();
    try (KafkaProducer<byte[], byte[]> producer =
        new KafkaProducer<>(
            Map.of(
                "bootstrap.servers",
                bootstrap,
                "acks",
                "all",
                "enable.idempotence",
                "true",
                "linger.ms",
                "10",
                "batch.size",
                "262144"),
            new ByteArraySerializer(),
            new ByteArraySerializer())) {
      for (int i = 0; i < count; i++) {
        String wallet = "w-" + random.nextInt(20_000);
        int kind = random.nextInt(10);
        Object payload =
            kind < 6
                ? new TransferRequested(
                    wallet, "w-" + random.nextInt(20_000), "BTC", BigDecimal.TEN)
                : kind < 8
                    ? new WithdrawalRequested(wallet, "BTC", BigDecimal.TEN, "bc1qdestination0001")
                    : new GiveawayClaimRequested("bench-drop", wallet);
        UUID id = UUID.randomUUID();
        WalletCommand command =
            new WalletCommand(
                id,
                "client-1",
                "key-" + id,
                "hash",
                now.plusMillis(i / 100),
                payload,
                "device-" + random.nextInt(5_000));
        // a failed send fails the flush that ends the load
        var unused =
            producer.send(
                new ProducerRecord<>(
                    Topics.COMMANDS,
                    wallet.getBytes(StandardCharsets.UTF_8),
                    serializer.serialize(Topics.COMMANDS, command)));
      }
      producer.flush();
    }
  }

  private static double seconds(long sinceNanos) {
    return (System.nanoTime() - sinceNanos) / 1e9;
  }

  /** Counts committed outputs (passed on, or rejected with a result) in the background. */
  private static final class OutputCounter implements AutoCloseable {
    private final Thread thread;
    private volatile boolean running = true;
    private volatile long count;
    private volatile long firstSeenNanos;
    private volatile long lastSeenNanos;

    // count is written by the counter thread only and read by the benchmark: volatile is enough for
    // one writer
    @SuppressWarnings("NonAtomicVolatileUpdate")
    OutputCounter(String bootstrap) {
      KafkaConsumer<byte[], byte[]> consumer =
          new KafkaConsumer<>(
              Map.of(
                  "bootstrap.servers",
                  bootstrap,
                  "group.id",
                  "bench-counter-" + UUID.randomUUID(),
                  "auto.offset.reset",
                  "earliest",
                  "isolation.level",
                  "read_committed",
                  "max.poll.records",
                  "5000"),
              new ByteArrayDeserializer(),
              new ByteArrayDeserializer());
      consumer.subscribe(List.of(Topics.SCREENED_COMMANDS, Topics.RESULTS));
      thread =
          new Thread(
              () -> {
                try (consumer) {
                  while (running) {
                    int polled = consumer.poll(Duration.ofMillis(100)).count();
                    if (polled > 0) {
                      long now = System.nanoTime();
                      if (count == 0) {
                        firstSeenNanos = now;
                      }
                      count += polled;
                      lastSeenNanos = now;
                    }
                  }
                }
              },
              "bench-output-counter");
      thread.start();
    }

    long count() {
      return count;
    }

    long firstSeenNanos() {
      return firstSeenNanos;
    }

    long lastSeenNanos() {
      return lastSeenNanos;
    }

    @Override
    public void close() {
      running = false;
      try {
        thread.join(5_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /** {@code --name value} pairs. */
  private static final class Options {
    static Map<String, String> parse(String[] args) {
      Map<String, String> options = new HashMap<>();
      for (int i = 0; i + 1 < args.length; i += 2) {
        if (!args[i].startsWith("--")) {
          throw new IllegalArgumentException("expected --name value pairs, got " + args[i]);
        }
        options.put(args[i].substring(2), args[i + 1]);
      }
      return options;
    }
  }
}

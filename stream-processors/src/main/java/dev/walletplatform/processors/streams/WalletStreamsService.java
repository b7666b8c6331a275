package dev.walletplatform.processors.streams;

import dev.walletplatform.kit.metrics.ServiceMeters;
import dev.walletplatform.kit.tracing.Tracing;
import dev.walletplatform.processors.app.StreamProcessorsConfiguration;
import dev.walletplatform.processors.screening.ScreeningMetrics;
import dev.walletplatform.processors.streams.serde.WalletSerdes;
import dev.walletplatform.schemas.registry.SchemaRegistryClient;
import io.dropwizard.lifecycle.Managed;
import io.micrometer.core.instrument.binder.kafka.KafkaStreamsMetrics;
import io.micrometer.core.instrument.config.MeterFilter;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.apache.kafka.streams.CloseOptions;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.Topology;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the topologies ({@link WalletTopologies}) in this process: checks the topics, starts the
 * Streams client, and on stop (SIGTERM, {@code stop()}) closes it gracefully — the open transaction
 * commits, the stores flush and checkpoint, the group is left so partitions move at once. A restart
 * with the same state dir resumes from the checkpoint; without it, from the changelogs. Either way
 * exactly-once: nothing is counted twice.
 */
public final class WalletStreamsService implements Managed {
  private static final Logger LOG = LoggerFactory.getLogger(WalletStreamsService.class);
  private static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(30);
  private static final Duration TOPIC_CHECK_TIMEOUT = Duration.ofSeconds(30);

  private final StreamProcessorsConfiguration config;
  private final WalletSerdes serdes;
  private final ServiceMeters meters;
  private final ScreeningMetrics screeningMetrics;
  private final Tracing tracing;
  private volatile KafkaStreams streams;

  public WalletStreamsService(
      StreamProcessorsConfiguration config,
      SchemaRegistryClient registry,
      ServiceMeters meters,
      Tracing tracing) {
    this.config = config;
    this.tracing = tracing;
    this.serdes = new WalletSerdes(registry);
    this.meters = meters;
    // per processor node and per store, Kafka Streams reports over a thousand series for these
    // topologies; threads, tasks and the embedded clients say what operators act on
    meters
        .registry()
        .config()
        .meterFilter(MeterFilter.denyNameStartsWith("kafka.stream.processor.node"))
        .meterFilter(MeterFilter.denyNameStartsWith("kafka.stream.state"));
    this.screeningMetrics = new ScreeningMetrics(meters.registry(), Clock.systemUTC());
    StoreSizeGauges.register(meters.registry(), WalletTopologies.STORES, this::running);
  }

  @Override
  public synchronized void start() {
    int partitions =
        new TopicCheck(StreamsClientConfig.admin(config.kafka()), TOPIC_CHECK_TIMEOUT)
            .commandsPartitions();
    Topology topology =
        WalletTopologies.build(
            serdes,
            config.screening(),
            screeningMetrics,
            config.assets(),
            config.statusView().retention().toJavaDuration(),
            partitions,
            tracing);
    KafkaStreams created =
        new KafkaStreams(
            topology,
            StreamsClientConfig.streams(config.kafka(), config.streams(), meters.registry()));
    created.setUncaughtExceptionHandler(
        new StreamThreadFailures(10, Duration.ofMinutes(5), meters.registry()));
    created.setStateListener((now, before) -> LOG.info("Kafka Streams {} -> {}", before, now));
    // kafka_stream_* and the embedded clients' kafka_consumer_*/kafka_producer_*: lag, commit and
    // process rates per thread, rebalances
    meters.bind(new KafkaStreamsMetrics(created));
    created.start();
    streams = created;
    LOG.info(
        "stream topologies started over {} partitions: {}, {}",
        partitions,
        config.streams(),
        config.screening());
  }

  @Override
  public synchronized void stop() {
    KafkaStreams running = streams;
    if (running == null) {
      return;
    }
    boolean closed =
        running.close(
            CloseOptions.timeout(CLOSE_TIMEOUT)
                .withGroupMembershipOperation(CloseOptions.GroupMembershipOperation.LEAVE_GROUP));
    LOG.info(
        closed
            ? "Kafka Streams closed"
            : "Kafka Streams did not close within {}; its open transaction"
                + " aborts and is redone by the next owner",
        CLOSE_TIMEOUT);
  }

  /**
   * The client once started (also while it rebalances or failed), for queries, health and gauges.
   */
  public Optional<KafkaStreams> running() {
    return Optional.ofNullable(streams);
  }

  public ScreeningMetrics screeningMetrics() {
    return screeningMetrics;
  }
}

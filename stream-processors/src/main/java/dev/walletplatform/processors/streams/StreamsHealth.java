package dev.walletplatform.processors.streams;

import java.util.Optional;
import java.util.function.Supplier;
import org.apache.kafka.streams.KafkaStreams;

/**
 * The Streams client's part of /live and /ready. Not live once it gave up (ERROR: its threads kept
 * dying, see {@link StreamThreadFailures}) — a restart is the remedy. Ready while running or
 * rebalancing; a rebalance is routine and queries answer 503 meanwhile, which the wallet service
 * turns into a database read.
 */
public final class StreamsHealth {
  private final Supplier<Optional<KafkaStreams>> streams;

  public StreamsHealth(Supplier<Optional<KafkaStreams>> streams) {
    this.streams = streams;
  }

  public Optional<String> livenessProblem() {
    return streams.get().map(KafkaStreams::state)
        .filter(state -> state == KafkaStreams.State.ERROR || state == KafkaStreams.State.PENDING_ERROR)
        .map(state -> "Kafka Streams client is " + state + " (its stream threads died; see the log)");
  }

  public Optional<String> readinessProblem() {
    Optional<KafkaStreams> running = streams.get();
    if (running.isEmpty()) {
      return Optional.of("Kafka Streams not started");
    }
    KafkaStreams.State state = running.get().state();
    return state.isRunningOrRebalancing() ? Optional.empty() : Optional.of("Kafka Streams client is " + state);
  }
}

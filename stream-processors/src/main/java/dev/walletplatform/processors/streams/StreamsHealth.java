package dev.walletplatform.processors.streams;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.apache.kafka.streams.KafkaStreams;

/**
 * The Streams client's part of /live and /ready. Not live once it gave up (ERROR: its threads kept
 * dying, see {@link StreamThreadFailures}) — a restart is the remedy. Ready once the client has
 * been RUNNING — its first assignment received and restored, so it is really a member doing work —
 * and from then on while running or rebalancing: a later rebalance is routine and queries answer
 * 503 meanwhile, which the wallet service turns into a database read. (A client that is still in
 * its first rebalance is CREATED -> REBALANCING: not ready yet, or a rollout or an operator would
 * take a member that has not even joined for one that carries load.)
 */
public final class StreamsHealth {
  private final Supplier<Optional<KafkaStreams>> streams;

  /** The client last seen RUNNING by a readiness check; a restarted service has a new client. */
  private final AtomicReference<KafkaStreams> seenRunning = new AtomicReference<>();

  public StreamsHealth(Supplier<Optional<KafkaStreams>> streams) {
    this.streams = streams;
  }

  public Optional<String> livenessProblem() {
    return streams
        .get()
        .map(KafkaStreams::state)
        .filter(
            state -> state == KafkaStreams.State.ERROR || state == KafkaStreams.State.PENDING_ERROR)
        .map(
            state ->
                "Kafka Streams client is " + state + " (its stream threads died; see the log)");
  }

  @SuppressWarnings(
      "ReferenceEquality") // "this very client was seen running": a restart makes a new one
  public Optional<String> readinessProblem() {
    Optional<KafkaStreams> running = streams.get();
    if (running.isEmpty()) {
      return Optional.of("Kafka Streams not started");
    }
    KafkaStreams client = running.get();
    KafkaStreams.State state = client.state();
    if (state == KafkaStreams.State.RUNNING) {
      seenRunning.set(client);
      return Optional.empty();
    }
    if (state == KafkaStreams.State.REBALANCING) {
      return seenRunning.get() == client
          ? Optional.empty()
          : Optional.of("Kafka Streams has not finished its first rebalance");
    }
    return Optional.of("Kafka Streams client is " + state);
  }
}

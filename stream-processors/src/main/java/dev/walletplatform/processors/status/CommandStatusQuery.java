package dev.walletplatform.processors.status;

import dev.walletplatform.processors.config.StreamsSettings.HostAndPort;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Optional;
import java.util.function.Supplier;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.KeyQueryMetadata;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.apache.kafka.streams.state.HostInfo;
import org.apache.kafka.streams.state.QueryableStoreTypes;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;

/**
 * Finds a command id's status: in this instance's store when it owns the id's partition, else by
 * one hop to the owner; when the owner does not answer and this instance keeps a standby of that
 * partition, from the standby (possibly a little behind). Never blocks longer than the forward
 * timeout, so the wallet service can fall back to the database quickly.
 */
public final class CommandStatusQuery {
  private final Supplier<Optional<KafkaStreams>> streams;
  private final Optional<HostInfo> self;
  private final RemoteStatusClient remote;
  private final MeterRegistry metrics;

  public CommandStatusQuery(
      Supplier<Optional<KafkaStreams>> streams,
      Optional<HostAndPort> self,
      RemoteStatusClient remote,
      MeterRegistry metrics) {
    this.streams = streams;
    this.self = self.map(h -> new HostInfo(h.host(), h.port()));
    this.remote = remote;
    this.metrics = metrics;
  }

  /**
   * @param routed true when another instance forwarded the query here: answer locally or not at all
   */
  public StatusLookup find(String commandId, boolean routed) {
    StatusLookup answer = lookUp(commandId, routed);
    metrics
        .counter(
            "status.view.queries",
            "result",
            switch (answer) {
              case StatusLookup.Found found -> "found";
              case StatusLookup.NotHeld notHeld -> "not_held";
              case StatusLookup.Unavailable unavailable -> "unavailable";
            })
        .increment();
    return answer;
  }

  private StatusLookup lookUp(String commandId, boolean routed) {
    KafkaStreams running = streams.get().orElse(null);
    if (running == null || !running.state().isRunningOrRebalancing()) {
      return new StatusLookup.Unavailable(
          "the status view is not running ("
              + (running == null ? "not started" : running.state())
              + ")");
    }
    if (self.isEmpty()) {
      // no application.server: no routing metadata; this instance answers for what it holds
      return local(running, commandId, null, false);
    }
    KeyQueryMetadata owner =
        running.queryMetadataForKey(
            CommandStatusTopology.STATUS_STORE, commandId, Serdes.String().serializer());
    if (owner == null || KeyQueryMetadata.NOT_AVAILABLE.equals(owner)) {
      return new StatusLookup.Unavailable(
          "no instance owns the partition of " + commandId + " yet (rebalancing)");
    }
    if (owner.activeHost().equals(self.get())) {
      return local(running, commandId, owner.partition(), false);
    }
    StatusLookup answer =
        routed
            ? new StatusLookup.Unavailable(
                "routed here, but partition "
                    + owner.partition()
                    + " is owned by "
                    + owner.activeHost())
            : remote.fetch(owner.activeHost(), commandId);
    if (answer instanceof StatusLookup.Unavailable && owner.standbyHosts().contains(self.get())) {
      return local(running, commandId, owner.partition(), true);
    }
    return answer;
  }

  private StatusLookup local(
      KafkaStreams running, String commandId, Integer partition, boolean standby) {
    StoreQueryParameters<ReadOnlyKeyValueStore<String, CommandStatus>> parameters =
        StoreQueryParameters.fromNameAndType(
                CommandStatusTopology.STATUS_STORE,
                QueryableStoreTypes.<String, CommandStatus>keyValueStore())
            .withPartition(partition);
    try {
      CommandStatus status =
          running.store(standby ? parameters.enableStaleStores() : parameters).get(commandId);
      return status == null
          ? new StatusLookup.NotHeld()
          : new StatusLookup.Found(
              status, self.map(HostInfo::toString).orElse("local") + (standby ? " (standby)" : ""));
    } catch (InvalidStateStoreException e) {
      return new StatusLookup.Unavailable(
          "partition "
              + partition
              + " of the status view is not queryable here: "
              + e.getMessage());
    }
  }
}

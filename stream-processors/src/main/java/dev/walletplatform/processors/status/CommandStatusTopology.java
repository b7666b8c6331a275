package dev.walletplatform.processors.status;

import dev.walletplatform.processors.ledger.model.MessageKind;
import dev.walletplatform.processors.streams.StreamSources;
import dev.walletplatform.processors.streams.serde.JsonSerde;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.apache.kafka.streams.state.Stores;

/**
 * The live command-status view, keyed by command id and queried through interactive queries:
 *
 * <pre>
 * wallet.commands.v1 ──accepted──▶ repartition by command id ─┐
 * wallet.results.v1  ──decided───▶ repartition by command id ─┴▶ command-status (+ command-status-expiry)
 * </pre>
 *
 * A command is "accepted" as soon as the gateway's record is read, before screening or the ledger;
 * screening's rejections and the ledger's decisions both arrive as results.
 */
public final class CommandStatusTopology {
  public static final String STATUS_STORE = "command-status";
  public static final String EXPIRY_STORE = "command-status-expiry";
  public static final List<String> STORES = List.of(STATUS_STORE, EXPIRY_STORE);
  private static final Set<String> COMMAND_KINDS =
      Set.of(
          MessageKind.TRANSFER.name(),
          MessageKind.WITHDRAWAL.name(),
          MessageKind.GIVEAWAY_CLAIM.name());

  private final Duration retention;
  private final int partitions;

  /**
   * @param partitions of both repartition topics; they must agree so an id's facts meet in one task
   */
  public CommandStatusTopology(Duration retention, int partitions) {
    this.retention = retention;
    this.partitions = partitions;
  }

  public void build(StreamsBuilder builder, StreamSources sources) {
    JsonSerde<CommandStatus> serde = new JsonSerde<>(CommandStatus.class);
    builder.addStateStore(
        Stores.keyValueStoreBuilder(
            Stores.persistentKeyValueStore(STATUS_STORE), Serdes.String(), serde));
    builder.addStateStore(
        Stores.keyValueStoreBuilder(
            Stores.persistentKeyValueStore(EXPIRY_STORE), Serdes.String(), Serdes.String()));

    KStream<String, CommandStatus> accepted =
        sources
            .commands()
            .map(
                (wallet, command) ->
                    KeyValue.pair(command.commandId(), CommandStatus.accepted(command)),
                Named.as("command-status-accepted-by-id"))
            .repartition(
                Repartitioned.with(Serdes.String(), serde)
                    .withName("command-status-accepted")
                    .withNumberOfPartitions(partitions));
    KStream<String, CommandStatus> decided =
        sources
            .results()
            .flatMap(
                (wallet, result) ->
                    COMMAND_KINDS.contains(result.getMessageKind())
                        ? CommandStatus.decided(result)
                            .map(status -> List.of(KeyValue.pair(status.commandId(), status)))
                            .orElse(List.of())
                        : List.<KeyValue<String, CommandStatus>>of(),
                Named.as("command-status-decided-by-id"))
            .repartition(
                Repartitioned.with(Serdes.String(), serde)
                    .withName("command-status-decided")
                    .withNumberOfPartitions(partitions));

    accepted
        .merge(decided, Named.as("command-status-facts"))
        .process(
            () -> new CommandStatusProcessor(retention),
            Named.as("command-status"),
            STATUS_STORE,
            EXPIRY_STORE);
  }
}

package dev.walletplatform.processors.streams;

import dev.walletplatform.processors.streams.serde.AcceptedCommand;
import dev.walletplatform.processors.streams.serde.WalletSerdes;
import dev.walletplatform.schemas.Topics;
import dev.walletplatform.schemas.event.v1.WalletEvent;
import dev.walletplatform.schemas.result.v1.CommandResult;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;

/**
 * The platform topics the topologies read, each registered once in one {@link StreamsBuilder} (a
 * builder refuses a second source on the same topic) and shared by every topology that needs it.
 * Commands are timed by their {@code accepted_at}; results and events by their record timestamp.
 */
public final class StreamSources {
  private final StreamsBuilder builder;
  private final WalletSerdes serdes;
  private KStream<String, AcceptedCommand> commands;
  private KStream<String, WalletEvent> events;
  private KStream<String, CommandResult> results;

  public StreamSources(StreamsBuilder builder, WalletSerdes serdes) {
    this.builder = builder;
    this.serdes = serdes;
  }

  public WalletSerdes serdes() {
    return serdes;
  }

  /** wallet.commands.v1, key = wallet. */
  public synchronized KStream<String, AcceptedCommand> commands() {
    if (commands == null) {
      commands =
          builder.stream(
              Topics.COMMANDS,
              Consumed.with(Serdes.String(), serdes.commands())
                  .withTimestampExtractor(new AcceptedAtTimestampExtractor())
                  .withName("commands-source"));
    }
    return commands;
  }

  /** wallet.events.v1, key = wallet (campaign id for campaign events). */
  public synchronized KStream<String, WalletEvent> events() {
    if (events == null) {
      events =
          builder.stream(
              Topics.EVENTS,
              Consumed.with(Serdes.String(), serdes.events()).withName("events-source"));
    }
    return events;
  }

  /** wallet.results.v1, key = wallet: the ledger's outcomes and the screening's rejections. */
  public synchronized KStream<String, CommandResult> results() {
    if (results == null) {
      results =
          builder.stream(
              Topics.RESULTS,
              Consumed.with(Serdes.String(), serdes.results()).withName("results-source"));
    }
    return results;
  }
}

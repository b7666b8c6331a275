package dev.walletplatform.processors.streams;

import dev.walletplatform.domain.money.AssetCatalog;
import dev.walletplatform.kit.tracing.Tracing;
import dev.walletplatform.processors.config.ScreeningSettings;
import dev.walletplatform.processors.screening.ScreeningMetrics;
import dev.walletplatform.processors.screening.ScreeningTopology;
import dev.walletplatform.processors.screening.campaign.CampaignBudgetTopology;
import dev.walletplatform.processors.status.CommandStatusTopology;
import dev.walletplatform.processors.streams.serde.WalletSerdes;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;

/**
 * The one Streams application this module runs: screening, campaign budgets and the status view,
 * sharing their source topics. Also what the TopologyTestDriver tests and the benchmark build.
 */
public final class WalletTopologies {
  /** Every local store, for the size gauges. */
  public static final List<String> STORES =
      Stream.of(
              ScreeningTopology.STORES, CampaignBudgetTopology.STORES, CommandStatusTopology.STORES)
          .flatMap(List::stream)
          .toList();

  private WalletTopologies() {}

  /**
   * @param partitions the commands topic's partition count: every repartition topic gets as many,
   *     so the two inputs of each keyed join-by-hand (status, campaign) are co-partitioned
   */
  public static Topology build(
      WalletSerdes serdes,
      ScreeningSettings screening,
      ScreeningMetrics metrics,
      AssetCatalog assets,
      Duration statusRetention,
      int partitions) {
    return build(serdes, screening, metrics, assets, statusRetention, partitions, Tracing.noop());
  }

  /** As above, screening's commands traced with {@code tracing}. */
  public static Topology build(
      WalletSerdes serdes,
      ScreeningSettings screening,
      ScreeningMetrics metrics,
      AssetCatalog assets,
      Duration statusRetention,
      int partitions,
      Tracing tracing) {
    StreamsBuilder builder = new StreamsBuilder();
    StreamSources sources = new StreamSources(builder, serdes);
    new ScreeningTopology(screening, metrics, partitions, tracing).build(builder, sources);
    new CampaignBudgetTopology(assets, partitions).build(builder, sources);
    new CommandStatusTopology(statusRetention, partitions).build(builder, sources);
    return builder.build();
  }
}

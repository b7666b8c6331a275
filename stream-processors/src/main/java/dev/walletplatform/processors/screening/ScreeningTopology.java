package dev.walletplatform.processors.screening;

import dev.walletplatform.kit.tracing.Tracing;
import dev.walletplatform.processors.config.ScreeningSettings;
import dev.walletplatform.processors.screening.ScreeningVerdict.Passed;
import dev.walletplatform.processors.screening.ScreeningVerdict.Rejected;
import dev.walletplatform.processors.screening.campaign.CampaignBudget;
import dev.walletplatform.processors.streams.CheckpointedWindowStores;
import dev.walletplatform.processors.streams.StreamSources;
import dev.walletplatform.processors.streams.serde.AcceptedCommand;
import dev.walletplatform.processors.streams.serde.JsonSerde;
import dev.walletplatform.schemas.Topics;
import dev.walletplatform.schemas.command.v1.GiveawayClaimRequested;
import dev.walletplatform.schemas.command.v1.WalletCommand;
import java.time.Duration;
import java.util.List;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.Branched;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Materialized;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;

/**
 * Abuse screening between the gateway and the ledger. Commands are partitioned by wallet, but a
 * device's claims are for many wallets: claims take a round trip through a device-keyed task, and
 * each wallet's commands wait in order for their claims' verdicts.
 *
 * <pre>
 * wallet.commands.v1 ─┬─────────────────────────────────────────────▶ screening (by wallet) ─┬─passed──▶ wallet.commands.screened.v1
 *                     └─claims─▶ claim-checks ─▶ device-limits ─▶ claim-verdicts ─┘          └─rejected─▶ wallet.results.v1
 *                                (by campaign|device)  ▲  (back by wallet)
 *                                   campaign-budgets ──┘ (global table of wallet.screening.campaign-budgets.v1)
 * </pre>
 */
public final class ScreeningTopology {
  /** Wallet tasks: verdicts by command id (withdrawals decided here, claims' as they arrive). */
  public static final String VERDICTS_STORE = "screening-verdicts";

  /** Wallet tasks: commands waiting behind an undecided claim, per wallet, in order. */
  public static final String PENDING_STORE = "screening-pending";

  public static final String WALLET_WITHDRAWALS_STORE = "screening-wallet-withdrawals";

  /** Device tasks: claims counted per campaign, device and window. */
  public static final String DEVICE_CLAIMS_STORE = "screening-device-claims";

  /** Device tasks: each claim's verdict by command id, so a redelivery is counted once. */
  public static final String DEVICE_VERDICTS_STORE = "screening-device-verdicts";

  public static final String CAMPAIGN_BUDGETS_STORE = "screening-campaign-budgets";
  public static final List<String> STORES =
      List.of(
          VERDICTS_STORE,
          PENDING_STORE,
          WALLET_WITHDRAWALS_STORE,
          DEVICE_CLAIMS_STORE,
          DEVICE_VERDICTS_STORE);

  private final ScreeningSettings settings;
  private final ScreeningMetrics metrics;
  private final int partitions;
  private final Tracing tracing;

  /**
   * @param partitions the commands topic's: claim verdicts must come back to their wallet's
   *     partition
   */
  public ScreeningTopology(ScreeningSettings settings, ScreeningMetrics metrics, int partitions) {
    this(settings, metrics, partitions, Tracing.noop());
  }

  /**
   * @param tracing each command screened is a span of its trace, its context in the record sent on
   */
  public ScreeningTopology(
      ScreeningSettings settings, ScreeningMetrics metrics, int partitions, Tracing tracing) {
    this.settings = settings;
    this.metrics = metrics;
    this.partitions = partitions;
    this.tracing = tracing;
  }

  public void build(StreamsBuilder builder, StreamSources sources) {
    addStores(builder, sources);
    KStream<String, AcceptedCommand> commands = sources.commands();
    KStream<String, ClaimVerdict> claimVerdicts =
        commands
            .flatMap(
                (wallet, command) -> claimCheckOf(wallet, command.command()),
                Named.as("screening-claims"))
            .repartition(
                Repartitioned.with(Serdes.String(), new JsonSerde<>(ClaimCheck.class))
                    .withName("screening-claim-checks")
                    .withNumberOfPartitions(partitions))
            .process(
                () -> new DeviceLimitProcessor(settings, metrics),
                Named.as("screening-device-limits"),
                DEVICE_CLAIMS_STORE,
                DEVICE_VERDICTS_STORE)
            .repartition(
                Repartitioned.with(Serdes.String(), new JsonSerde<>(ClaimVerdict.class))
                    .withName("screening-claim-verdicts")
                    .withNumberOfPartitions(partitions));

    KStream<String, ScreeningVerdict> verdicts =
        commands
            .<ScreeningInput>mapValues(ScreeningInput.Command::new, Named.as("screening-commands"))
            .merge(
                claimVerdicts.mapValues(
                    ScreeningInput.Verdict::new, Named.as("screening-verdicts-in")),
                Named.as("screening-inputs"))
            .process(
                () -> new ScreeningProcessor(settings, metrics, tracing),
                Named.as("screening"),
                VERDICTS_STORE,
                PENDING_STORE,
                WALLET_WITHDRAWALS_STORE);
    verdicts
        .split(Named.as("screening-"))
        .branch(
            (wallet, verdict) -> verdict instanceof Passed,
            Branched.withConsumer(
                passed ->
                    passed
                        .mapValues(
                            verdict -> ((Passed) verdict).command(),
                            Named.as("screening-passed-command"))
                        .to(
                            Topics.SCREENED_COMMANDS,
                            Produced.with(Serdes.String(), sources.serdes().commands())
                                .withName("screened-commands-sink")),
                "passed"))
        .defaultBranch(
            Branched.withConsumer(
                rejected ->
                    rejected
                        .mapValues(
                            verdict -> ((Rejected) verdict).result(),
                            Named.as("screening-rejection-result"))
                        .to(
                            Topics.RESULTS,
                            Produced.with(Serdes.String(), sources.serdes().results())
                                .withName("screening-results-sink")),
                "rejected"));
  }

  private static List<KeyValue<String, ClaimCheck>> claimCheckOf(
      String wallet, WalletCommand command) {
    if (!(command.getPayload() instanceof GiveawayClaimRequested claim)) {
      return List.of();
    }
    String device =
        ClaimCheck.deviceKey(claim.getCampaignId(), command.getDeviceId(), command.getClientId());
    return List.of(
        KeyValue.pair(
            device,
            new ClaimCheck(
                command.getCommandId().toString(),
                wallet,
                claim.getCampaignId(),
                device,
                command.getAcceptedAt())));
  }

  /**
   * The window stores are {@link CheckpointedWindowStores}: an empty one (a device partition
   * without claims) would otherwise have its task declared corrupted at every reassignment, which
   * can abort the other tasks' open transaction and lose their claim checks and verdicts.
   */
  private void addStores(StreamsBuilder builder, StreamSources sources) {
    Duration grace = settings.grace().toJavaDuration();
    builder.addStateStore(
        Stores.windowStoreBuilder(
            CheckpointedWindowStores.persistent(
                VERDICTS_STORE,
                settings.dedupeRetention().toJavaDuration(),
                Duration.ofMillis(1),
                false),
            Serdes.String(),
            Serdes.String()));
    builder.addStateStore(
        Stores.keyValueStoreBuilder(
            Stores.persistentKeyValueStore(PENDING_STORE),
            Serdes.String(),
            PendingCommand.serde(sources.serdes().commands())));
    builder.addStateStore(
        Stores.windowStoreBuilder(
            CheckpointedWindowStores.persistent(
                WALLET_WITHDRAWALS_STORE,
                settings.withdrawalsPerWallet().window().toJavaDuration().plus(grace),
                settings.withdrawalsPerWallet().window().toJavaDuration(),
                false),
            Serdes.String(),
            Serdes.Long()));
    builder.addStateStore(
        Stores.windowStoreBuilder(
            CheckpointedWindowStores.persistent(
                DEVICE_CLAIMS_STORE,
                settings.longestClaimWindow().plus(grace),
                settings.claimsPerDevice().window().toJavaDuration(),
                false),
            Serdes.String(),
            Serdes.Long()));
    builder.addStateStore(
        Stores.windowStoreBuilder(
            CheckpointedWindowStores.persistent(
                DEVICE_VERDICTS_STORE,
                settings.dedupeRetention().toJavaDuration(),
                Duration.ofMillis(1),
                false),
            Serdes.String(),
            Serdes.String()));
    builder.globalTable(
        Topics.CAMPAIGN_BUDGETS,
        Consumed.with(Serdes.String(), new JsonSerde<>(CampaignBudget.class))
            .withName("campaign-budgets-source"),
        Materialized.<String, CampaignBudget, KeyValueStore<Bytes, byte[]>>as(
                CAMPAIGN_BUDGETS_STORE)
            .withKeySerde(Serdes.String())
            .withValueSerde(new JsonSerde<>(CampaignBudget.class)));
  }
}

package dev.walletplatform.processors.screening.campaign;

import dev.walletplatform.domain.money.AssetCatalog;
import dev.walletplatform.processors.ledger.model.MessageKind;
import dev.walletplatform.processors.streams.StreamSources;
import dev.walletplatform.processors.streams.serde.JsonSerde;
import dev.walletplatform.schemas.Topics;
import dev.walletplatform.schemas.event.v1.GiveawayCampaignOpened;
import dev.walletplatform.schemas.result.v1.CommandResult;
import dev.walletplatform.schemas.result.v1.Outcome;
import java.util.List;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.apache.kafka.streams.state.Stores;

/**
 * What each giveaway campaign may still pay, for screening's budget rule:
 *
 * <pre>
 * wallet.events.v1  ──GiveawayCampaignOpened──▶ repartition by campaign ─┐
 * wallet.results.v1 ──APPLIED GIVEAWAY_CLAIM──▶ repartition by campaign ─┴▶ campaign-budgets ──▶ wallet.screening.campaign-budgets.v1
 *                                                       stores: campaign-budgets, campaign-paid-claims      (compacted; global table)
 * </pre>
 */
public final class CampaignBudgetTopology {
  public static final String BUDGETS_STORE = "campaign-budgets";
  public static final String PAID_CLAIMS_STORE = "campaign-paid-claims";
  public static final List<String> STORES = List.of(BUDGETS_STORE, PAID_CLAIMS_STORE);

  private final AssetCatalog assets;
  private final int partitions;

  /**
   * @param partitions of both repartition topics; they must agree so a campaign's facts meet in one
   *     task
   */
  public CampaignBudgetTopology(AssetCatalog assets, int partitions) {
    this.assets = assets;
    this.partitions = partitions;
  }

  public void build(StreamsBuilder builder, StreamSources sources) {
    JsonSerde<CampaignFact> facts = new JsonSerde<>(CampaignFact.class);
    JsonSerde<CampaignBudget> budgets = new JsonSerde<>(CampaignBudget.class);
    builder.addStateStore(
        Stores.keyValueStoreBuilder(
            Stores.persistentKeyValueStore(BUDGETS_STORE), Serdes.String(), budgets));
    builder.addStateStore(
        Stores.keyValueStoreBuilder(
            Stores.persistentKeyValueStore(PAID_CLAIMS_STORE), Serdes.String(), Serdes.Long()));
    CampaignOpenings openings = new CampaignOpenings(assets);

    KStream<String, CampaignFact> opened =
        sources
            .events()
            .flatMap(
                (key, event) ->
                    event.getPayload() instanceof GiveawayCampaignOpened opening
                        ? openings
                            .acceptedTerms(opening)
                            .map(
                                terms ->
                                    List.of(
                                        KeyValue.<String, CampaignFact>pair(
                                            opening.getCampaignId(),
                                            new CampaignFact.Opened(terms))))
                            .orElse(List.of())
                        : List.<KeyValue<String, CampaignFact>>of(),
                Named.as("campaign-openings"))
            .repartition(
                Repartitioned.with(Serdes.String(), facts)
                    .withName("campaign-opened")
                    .withNumberOfPartitions(partitions));
    KStream<String, CampaignFact> paid =
        sources
            .results()
            .flatMap(
                (wallet, result) ->
                    isPaidClaim(result)
                        ? List.of(
                            KeyValue.<String, CampaignFact>pair(
                                result.getCampaignId(),
                                new CampaignFact.Paid(result.getMessageId().toString())))
                        : List.<KeyValue<String, CampaignFact>>of(),
                Named.as("campaign-paid-claims"))
            .repartition(
                Repartitioned.with(Serdes.String(), facts)
                    .withName("campaign-paid")
                    .withNumberOfPartitions(partitions));

    opened
        .merge(paid, Named.as("campaign-facts"))
        .process(
            CampaignBudgetProcessor::new,
            Named.as("campaign-budgets"),
            BUDGETS_STORE,
            PAID_CLAIMS_STORE)
        .to(
            Topics.CAMPAIGN_BUDGETS,
            Produced.with(Serdes.String(), budgets).withName("campaign-budgets-sink"));
  }

  private static boolean isPaidClaim(CommandResult result) {
    return result.getStatus() == Outcome.APPLIED
        && result.getCampaignId() != null
        && MessageKind.GIVEAWAY_CLAIM.name().equals(result.getMessageKind());
  }
}

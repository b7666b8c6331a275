package dev.walletplatform.schemas;

import java.util.List;

/**
 * Topic names, versioned: an incompatible change gets a new topic, never a rewrite of an old one.
 * Every record key is a wallet id (a campaign id for campaign events), so one wallet's messages
 * stay in one partition, in order.
 */
public final class Topics {
  /** Commands from mobile clients, written by the ingest gateway. Value: {@code WalletCommand}. */
  public static final String COMMANDS = "wallet.commands.v1";

  /**
   * Commands that passed abuse screening (stream-processors' screening topology), byte for byte as
   * the gateway wrote them, same key and partition; the ledger applier reads this, not {@link
   * #COMMANDS}. Created with as many partitions as {@link #COMMANDS}. Value: {@code WalletCommand}.
   */
  public static final String SCREENED_COMMANDS = "wallet.commands.screened.v1";

  /**
   * Events from internal producers (chain watcher, payouts, marketing). Value: {@code WalletEvent}.
   */
  public static final String EVENTS = "wallet.events.v1";

  /** The ledger's outcome for each command and event. Value: {@code CommandResult}. */
  public static final String RESULTS = "wallet.results.v1";

  /** Records the applier could not decode or apply, unchanged, with the error in headers. */
  public static final String DEAD_LETTERS = "wallet.deadletters.v1";

  /**
   * Each giveaway campaign's budget and what the ledger paid out of it, keyed by campaign id and
   * compacted: written and read (as a global table) by stream-processors only. Value: JSON.
   */
  public static final String CAMPAIGN_BUDGETS = "wallet.screening.campaign-budgets.v1";

  /** The local schema registry's store (compacted); production uses the registry's own. */
  public static final String SCHEMAS = "_schemas";

  private Topics() {}

  /**
   * The topics the platform's own services use, in data-flow order; every one must exist before
   * they start ({@link #CAMPAIGN_BUDGETS} compacted). Kafka Streams creates its internal topics
   * (changelogs, repartitions) itself.
   */
  public static List<String> platformTopics() {
    return List.of(COMMANDS, SCREENED_COMMANDS, EVENTS, RESULTS, DEAD_LETTERS, CAMPAIGN_BUDGETS);
  }
}

package dev.walletplatform.processors.ledger.rules;

/**
 * Names of the ledger's system accounts. Every id starts with "sys:", which a customer wallet id
 * cannot contain, so no client can name one. The accounts the outside world flows through are
 * sharded by the source partition: one applier owns a partition, so it never waits on another
 * applier's hot row.
 */
public final class SystemAccounts {
  public static final String PREFIX = "sys:";
  public static final String OWNER = "system";

  private static final String EXTERNAL = PREFIX + "external:";
  private static final String WITHDRAWALS_PENDING = PREFIX + "withdrawals-pending:";
  private static final String TREASURY = PREFIX + "giveaway-treasury:";
  private static final String CAMPAIGN = PREFIX + "campaign:";

  private SystemAccounts() {}

  /**
   * Mirrors the chains: debited by deposits, credited by settled withdrawals; negative by nature.
   */
  public static String external(String asset, int partition) {
    return EXTERNAL + asset + ":p" + partition;
  }

  /** Holds requested withdrawals until the payout service settles or fails them. */
  public static String withdrawalsPending(String asset, int partition) {
    return WITHDRAWALS_PENDING + asset + ":p" + partition;
  }

  /** Marketing's source of campaign budgets; negative by nature (it is an expense). */
  public static String giveawayTreasury(String asset) {
    return TREASURY + asset;
  }

  /**
   * A campaign's funded account: claims are paid from it, so it can never pay beyond the budget.
   */
  public static String campaign(String campaignId) {
    return CAMPAIGN + campaignId;
  }

  public static boolean isSystem(String walletId) {
    return walletId.startsWith(PREFIX);
  }

  /** Only the accounts that stand for the world outside the ledger may go below zero. */
  public static boolean allowsNegative(String walletId) {
    return walletId.startsWith(EXTERNAL) || walletId.startsWith(TREASURY);
  }
}

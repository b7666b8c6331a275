package dev.walletplatform.processors.status;

/** The view's answer for one command id. */
public sealed interface StatusLookup {
  /** The view holds the id; {@code servedBy} names the instance whose store answered. */
  record Found(CommandStatus status, String servedBy) implements StatusLookup {}

  /**
   * The instance owning the id's partition has never heard of it, or forgot it after the retention.
   */
  record NotHeld() implements StatusLookup {}

  /** No answer now (starting, rebalancing, owner unreachable): the caller asks the database. */
  record Unavailable(String reason) implements StatusLookup {}
}

package dev.walletplatform.walletservice.api;

import dev.walletplatform.kit.auth.Caller;
import java.util.Set;

/**
 * Whose command status is it? Both sources name one wallet per command: the view and the ledger's
 * {@code processed_messages} record the wallet a transfer or withdrawal debits, or a giveaway claim
 * credits (for events: the wallet deposited to, opened, or whose withdrawal settled or failed). The
 * caller sees the status only when its token owns that wallet. A transfer's recipient does not: it
 * sees the credit in its history instead.
 */
final class CommandVisibility {
  /**
   * Message kinds whose wallet is a customer's; anything else (a campaign opening, a kind newer
   * than this build) nobody sees.
   */
  private static final Set<String> WALLET_KINDS =
      Set.of(
          "TRANSFER",
          "WITHDRAWAL",
          "GIVEAWAY_CLAIM",
          "DEPOSIT",
          "WALLET_OPENED",
          "WITHDRAWAL_SETTLED",
          "WITHDRAWAL_FAILED");

  private CommandVisibility() {}

  static boolean visibleTo(Caller caller, String kind, String wallet) {
    return kind != null && wallet != null && WALLET_KINDS.contains(kind) && caller.owns(wallet);
  }
}

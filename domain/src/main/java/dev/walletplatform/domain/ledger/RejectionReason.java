package dev.walletplatform.domain.ledger;

/**
 * Why the ledger, or the abuse screening in front of it, refused a command or event. Published as a
 * string in results and shown by the command-status API; add reasons, never rename them.
 */
public enum RejectionReason {
  INSUFFICIENT_FUNDS("The source wallet's balance is below the amount."),
  UNKNOWN_WALLET("A wallet named by the command does not exist."),
  UNKNOWN_ASSET("The asset is not in the ledger's catalog."),
  SAME_WALLET("Source and destination are the same wallet."),
  UNKNOWN_CAMPAIGN("No giveaway campaign with that id was opened."),
  CAMPAIGN_NOT_OPEN("The claim arrived outside the campaign's window."),
  CAMPAIGN_BUDGET_EXHAUSTED("The campaign's budget cannot cover another claim."),
  ALREADY_CLAIMED("The wallet already claimed from this campaign."),
  UNKNOWN_WITHDRAWAL("A settlement names a withdrawal the ledger does not hold as pending."),
  WITHDRAWAL_MISMATCH(
      "A settlement's wallet, asset or amount differs from the pending withdrawal."),
  DUPLICATE_WALLET("A wallet with that id already exists."),
  DUPLICATE_CAMPAIGN("A campaign with that id was already opened."),
  IDEMPOTENCY_KEY_REUSED("The idempotency key was already used with a different request body."),
  INVALID_AMOUNT("The amount is not a positive whole number of minor units of at most 38 digits."),
  INVALID_WALLET_ID(
      "A wallet id is not 3-64 characters of letters, digits, '-' or '_' (system accounts cannot be named)."),
  INVALID_CAMPAIGN(
      "A campaign's id is malformed, its window is empty or its budget cannot cover one claim."),
  /** Screening only: the command never reached the ledger. */
  DEVICE_CLAIM_LIMIT_EXCEEDED(
      "Too many giveaway claims from this device (or client) within the screening window;"
          + " retry with a new Idempotency-Key after the window."),
  /** Screening only: the command never reached the ledger. */
  WALLET_WITHDRAWAL_LIMIT_EXCEEDED(
      "Too many withdrawals from this wallet within the screening window;"
          + " retry with a new Idempotency-Key after the window.");

  private final String description;

  RejectionReason(String description) {
    this.description = description;
  }

  public String description() {
    return description;
  }
}

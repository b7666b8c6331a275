package dev.walletplatform.walletctl.ledger;

/**
 * One message id in the ledger: its processed_messages status (null when not decided yet), how many
 * ledger entries and distinct movements carry its id. A message applied twice would show two
 * movements.
 */
public record MessageState(String status, long entries, long movements) {
  public static final MessageState UNDECIDED = new MessageState(null, 0, 0);

  public boolean decided() {
    return status != null;
  }
}

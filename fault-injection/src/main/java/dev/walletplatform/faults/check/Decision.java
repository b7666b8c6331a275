package dev.walletplatform.faults.check;

/**
 * What the platform decided for one message.
 *
 * @param partition source partition of the record that was decided, -1 when the decision was not
 *     made by the ledger (a screening rejection seen only on the results topic)
 * @param offset source offset of that record, -1 likewise
 */
public record Decision(String status, String reasonCode, int partition, long offset) {
  public static final String APPLIED = "APPLIED";
  public static final String REJECTED = "REJECTED";

  public boolean applied() {
    return APPLIED.equals(status);
  }

  public boolean hasPosition() {
    return offset >= 0;
  }
}

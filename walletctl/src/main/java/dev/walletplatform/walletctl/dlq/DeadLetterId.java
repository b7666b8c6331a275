package dev.walletplatform.walletctl.dlq;

import dev.walletplatform.walletctl.UsageException;

/**
 * A dead letter's address in wallet.deadletters.v1, written {@code <partition>-<offset>} (e.g.
 * {@code 0-17}).
 */
record DeadLetterId(int partition, long offset) implements Comparable<DeadLetterId> {

  public static DeadLetterId parse(String text) {
    String[] parts = text.strip().split("-");
    try {
      if (parts.length == 2) {
        int partition = Integer.parseInt(parts[0]);
        long offset = Long.parseLong(parts[1]);
        if (partition >= 0 && offset >= 0) {
          return new DeadLetterId(partition, offset);
        }
      }
    } catch (NumberFormatException e) {
      // falls through to the message below
    }
    throw new UsageException(
        "'"
            + text
            + "' is not a dead-letter id: write <partition>-<offset> as `walletctl dlq"
            + " list` prints it, e.g. 0-17");
  }

  @Override
  public int compareTo(DeadLetterId other) {
    return partition != other.partition
        ? Integer.compare(partition, other.partition)
        : Long.compare(offset, other.offset);
  }

  @Override
  public String toString() {
    return partition + "-" + offset;
  }
}

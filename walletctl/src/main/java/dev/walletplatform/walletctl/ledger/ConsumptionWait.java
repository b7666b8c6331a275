package dev.walletplatform.walletctl.ledger;

import dev.walletplatform.walletctl.VerificationFailedException;
import dev.walletplatform.walletctl.kafka.GroupCatalog;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.TreeMap;
import org.apache.kafka.common.TopicPartition;

/**
 * Waits until a consumer group has committed past records we produced. The applier commits only
 * after its database commit, so afterwards the ledger reflects every copy: a proof taken earlier
 * would compare against copies still in flight and prove nothing.
 */
public final class ConsumptionWait {
  private static final Duration POLL = Duration.ofMillis(500);

  private final GroupCatalog groups;

  public ConsumptionWait(GroupCatalog groups) {
    this.groups = groups;
  }

  public void awaitCommittedPast(
      String group, Map<TopicPartition, Long> lastOffsets, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      Map<TopicPartition, Long> committed = groups.committed(group);
      Map<TopicPartition, String> behind =
          new TreeMap<>(Comparator.comparing(TopicPartition::toString));
      lastOffsets.forEach(
          (tp, last) -> {
            long at = committed.getOrDefault(tp, -1L);
            if (at <= last) {
              behind.put(tp, "committed " + (at < 0 ? "none" : at) + ", needs > " + last);
            }
          });
      if (behind.isEmpty()) {
        return;
      }
      if (System.nanoTime() > deadline) {
        throw new VerificationFailedException(
            "group "
                + group
                + " has not consumed the re-produced records within "
                + timeout
                + " ("
                + behind
                + "); is the applier running? Nothing is lost: re-run this command's dry run"
                + " with --db-url later to see what the ledger decided.");
      }
      sleep();
    }
  }

  private static void sleep() {
    try {
      Thread.sleep(POLL);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new VerificationFailedException("interrupted while waiting for the applier", e);
    }
  }
}

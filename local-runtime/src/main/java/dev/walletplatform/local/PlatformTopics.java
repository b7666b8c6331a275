package dev.walletplatform.local;

import dev.walletplatform.infra.kafka.TopicSpec;
import dev.walletplatform.schemas.Topics;
import java.util.List;

/**
 * The platform's topics, in one place for every runtime that creates them: the local platform (one
 * broker, replication 1) and the fault-injection platform (three brokers, replication 3 with two
 * in-sync copies required by the brokers' {@code min.insync.replicas}).
 */
final class PlatformTopics {
  private PlatformTopics() {}

  /**
   * @param partitions of the keyed topics (commands, events, results); the applier and screening
   *     scale to at most this many consumers
   * @param replication copies of every partition; at most the number of brokers
   */
  public static List<TopicSpec> all(int partitions, int replication) {
    return List.of(
        TopicSpec.of(Topics.COMMANDS, partitions, replication),
        // what screening passed: as many partitions as the commands, so each wallet keeps its
        // partition
        TopicSpec.of(Topics.SCREENED_COMMANDS, partitions, replication),
        TopicSpec.of(Topics.EVENTS, partitions, replication),
        TopicSpec.of(Topics.RESULTS, partitions, replication),
        TopicSpec.of(Topics.DEAD_LETTERS, 1, replication),
        // read whole by every stream-processors instance (a global table): compacted, one partition
        TopicSpec.of(Topics.CAMPAIGN_BUDGETS, 1, replication)
            .withConfig("cleanup.policy", "compact"));
  }
}

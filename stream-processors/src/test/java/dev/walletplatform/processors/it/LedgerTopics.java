package dev.walletplatform.processors.it;

import dev.walletplatform.infra.kafka.KafkaCluster;
import dev.walletplatform.infra.kafka.TopicSpec;
import dev.walletplatform.schemas.Topics;
import java.util.List;

/**
 * The platform topics as the processors' ITs need them: several partitions so sharding and ordering
 * show.
 */
final class LedgerTopics {
  static final int PARTITIONS = 3;

  private LedgerTopics() {}

  static void create(KafkaCluster kafka) {
    kafka.createTopics(
        List.of(
            TopicSpec.of(Topics.COMMANDS, PARTITIONS, 1),
            TopicSpec.of(Topics.SCREENED_COMMANDS, PARTITIONS, 1),
            TopicSpec.of(Topics.EVENTS, PARTITIONS, 1),
            TopicSpec.of(Topics.RESULTS, PARTITIONS, 1),
            TopicSpec.of(Topics.DEAD_LETTERS, 1, 1),
            TopicSpec.of(Topics.CAMPAIGN_BUDGETS, 1, 1).withConfig("cleanup.policy", "compact")));
  }
}

package dev.walletplatform.walletctl.kafka;

import dev.walletplatform.schemas.Topics;
import dev.walletplatform.walletctl.RefusedException;
import java.util.Set;

/**
 * The topics walletctl may re-produce records into: those whose consumer, the ledger applier,
 * records every message id in processed_messages in the same transaction as its effects, so a copy
 * is recognised and changes nothing. Results and dead letters have no such consumer; copying into
 * them would duplicate notifications or dead letters, so it is refused (exit 5).
 */
public final class IdempotentTopics {
  public static final Set<String> TOPICS = Set.of(Topics.COMMANDS, Topics.EVENTS);

  private IdempotentTopics() {}

  public static void require(String topic, String action) {
    if (!TOPICS.contains(topic)) {
      throw new RefusedException("refusing to " + action + " into " + topic + ": only " + TOPICS.stream().sorted()
          .toList() + " have a consumer that deduplicates by message id (the ledger applier)");
    }
  }
}

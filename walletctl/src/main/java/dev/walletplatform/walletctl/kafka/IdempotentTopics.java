package dev.walletplatform.walletctl.kafka;

import dev.walletplatform.schemas.Topics;
import dev.walletplatform.walletctl.RefusedException;
import java.util.Set;

/**
 * The topics walletctl may re-produce records into: those whose consumer, the ledger applier,
 * records every message id in processed_messages in the same transaction as its effects, so a copy
 * is recognised and changes nothing. Results and dead letters have no such consumer; copying into
 * them would duplicate notifications or dead letters, so it is refused (exit 5). The gateway's
 * wallet.commands.v1 is read by abuse screening, not by the applier: the applier's input is what
 * screening passed, wallet.commands.screened.v1, and a proof could not wait for the applier there.
 */
public final class IdempotentTopics {
  public static final Set<String> TOPICS = Set.of(Topics.SCREENED_COMMANDS, Topics.EVENTS);

  private IdempotentTopics() {}

  public static void require(String topic, String action) {
    if (topic.equals(Topics.COMMANDS)) {
      throw new RefusedException(
          "refusing to "
              + action
              + " into "
              + topic
              + ": its consumer is abuse screening,"
              + " not the ledger applier; "
              + action
              + " "
              + Topics.SCREENED_COMMANDS
              + " (the commands screening passed,"
              + " which the applier reads) instead");
    }
    if (!TOPICS.contains(topic)) {
      throw new RefusedException(
          "refusing to "
              + action
              + " into "
              + topic
              + ": only "
              + TOPICS.stream().sorted().toList()
              + " have a consumer that deduplicates by message id (the ledger applier)");
    }
  }
}

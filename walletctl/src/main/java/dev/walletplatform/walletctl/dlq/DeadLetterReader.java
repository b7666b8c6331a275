package dev.walletplatform.walletctl.dlq;

import dev.walletplatform.schemas.Topics;
import dev.walletplatform.walletctl.NotFoundException;
import dev.walletplatform.walletctl.kafka.KafkaSession;
import dev.walletplatform.walletctl.kafka.PartitionRange;
import dev.walletplatform.walletctl.kafka.RangeReader;
import dev.walletplatform.walletctl.kafka.TopicCatalog;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.apache.kafka.common.TopicPartition;

/**
 * Reads the whole dead-letter topic (it is small by design: poison is rare) and keeps the letters
 * asked for.
 */
final class DeadLetterReader {
  private final KafkaSession session;

  DeadLetterReader(KafkaSession session) {
    this.session = session;
  }

  List<DeadLetter> read(Predicate<DeadLetter> wanted) {
    TopicCatalog topics = new TopicCatalog(session);
    List<Integer> partitions = topics.partitions(Topics.DEAD_LETTERS);
    Map<Integer, Long> begin = topics.beginningOffsets(Topics.DEAD_LETTERS, partitions);
    Map<Integer, Long> end = topics.endOffsets(Topics.DEAD_LETTERS, partitions);
    List<PartitionRange> ranges =
        partitions.stream()
            .map(
                p ->
                    new PartitionRange(
                        new TopicPartition(Topics.DEAD_LETTERS, p), begin.get(p), end.get(p)))
            .toList();
    List<DeadLetter> letters = new ArrayList<>();
    new RangeReader(session)
        .read(
            ranges,
            record -> {
              DeadLetter letter = DeadLetter.from(record);
              if (wanted.test(letter)) {
                letters.add(letter);
              }
            });
    letters.sort(Comparator.comparing(DeadLetter::id));
    return letters;
  }

  DeadLetter one(DeadLetterId id) {
    List<DeadLetter> found = read(letter -> letter.id().equals(id));
    if (found.isEmpty()) {
      throw new NotFoundException(
          "no dead letter "
              + id
              + " in "
              + Topics.DEAD_LETTERS
              + "; `walletctl dlq list`"
              + " shows the ids (<partition>-<offset>)");
    }
    return found.getFirst();
  }
}

package dev.walletplatform.walletctl.dlq;

import dev.walletplatform.schemas.serde.RecordDecodingException;
import dev.walletplatform.walletctl.ExitCode;
import dev.walletplatform.walletctl.NotFoundException;
import dev.walletplatform.walletctl.WalletctlException;
import dev.walletplatform.walletctl.avro.EnvelopeDecoder;
import dev.walletplatform.walletctl.kafka.IdempotentTopics;
import dev.walletplatform.walletctl.kafka.KafkaSession;
import dev.walletplatform.walletctl.kafka.TopicCatalog;
import dev.walletplatform.walletctl.ledger.LedgerProbe;
import dev.walletplatform.walletctl.ledger.LedgerSnapshot;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Decides, letter by letter, what a redrive does. A letter is left out when it still does not
 * decode (it would only come straight back), when its source topic has no deduplicating consumer or
 * no longer has its partition, and with --only-missing when the ledger already decided its message.
 */
final class RedrivePlanner {
  private final KafkaSession session;
  private final EnvelopeDecoder decoder;
  private final LedgerProbe probe;

  RedrivePlanner(KafkaSession session, EnvelopeDecoder decoder, LedgerProbe probe) {
    this.session = session;
    this.decoder = decoder;
    this.probe = probe;
  }

  record Plan(List<RedriveItem> items, Set<UUID> ids, LedgerSnapshot before) {
    List<RedriveItem> redriven() {
      return items.stream().filter(RedriveItem::redriven).toList();
    }
  }

  Plan plan(DeadLetterSelection selection, boolean onlyMissing) {
    List<DeadLetter> letters = new DeadLetterReader(session).read(selection::matches);
    requireAllIdsFound(selection, letters);
    List<RedriveItem> items = new ArrayList<>();
    Map<String, List<Integer>> partitions = new HashMap<>();
    for (DeadLetter letter : letters) {
      items.add(decide(letter, partitions));
    }
    Set<UUID> ids = new HashSet<>();
    items.stream().filter(RedriveItem::redriven).forEach(i -> ids.add(i.messageId()));
    LedgerSnapshot before = probe == null ? null : probe.snapshot(ids);
    if (onlyMissing && before != null) {
      items.replaceAll(
          i ->
              i.redriven() && before.state(i.messageId()).decided()
                  ? new RedriveItem(i.letter(), i.messageId(), "already decided (--only-missing)")
                  : i);
      ids.clear();
      items.stream().filter(RedriveItem::redriven).forEach(i -> ids.add(i.messageId()));
    }
    return new Plan(items, ids, before);
  }

  private RedriveItem decide(DeadLetter letter, Map<String, List<Integer>> partitions) {
    try {
      // decoding first: "still undecodable" is the blocker an operator can act on, whatever the
      // topic
      UUID messageId = decoder.messageId(letter.sourceTopic(), letter.value());
      IdempotentTopics.require(letter.sourceTopic(), "redrive");
      List<Integer> existing =
          partitions.computeIfAbsent(letter.sourceTopic(), new TopicCatalog(session)::partitions);
      if (!existing.contains(letter.sourcePartition())) {
        return new RedriveItem(
            letter, null, "source partition " + letter.sourcePartition() + " no longer exists");
      }
      return new RedriveItem(letter, messageId, null);
    } catch (RecordDecodingException e) {
      return new RedriveItem(letter, null, "still undecodable: " + e.getMessage());
    } catch (WalletctlException e) {
      if (e.exitCode() == ExitCode.UNREACHABLE) {
        throw e;
      }
      return new RedriveItem(letter, null, e.getMessage());
    }
  }

  private static void requireAllIdsFound(DeadLetterSelection selection, List<DeadLetter> letters) {
    if (selection.ids == null) {
      return;
    }
    List<String> missing =
        selection.ids.stream()
            .map(DeadLetterId::parse)
            .filter(id -> letters.stream().noneMatch(l -> l.id().equals(id)))
            .map(DeadLetterId::toString)
            .toList();
    if (!missing.isEmpty()) {
      throw new NotFoundException(
          "no dead letter "
              + missing
              + " matches the selection; `walletctl dlq list` shows"
              + " the ids");
    }
  }
}

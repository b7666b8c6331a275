package dev.walletplatform.processors.screening;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Per-wallet queues of commands waiting for a claim's verdict, in one changelogged store: key =
 * wallet, NUL, the command's 19-digit source offset — so a prefix scan returns a wallet's queue in
 * arrival order, and the wallet's commands leave screening in the order they came.
 */
final class PendingCommands {
  private static final StringSerializer KEYS = new StringSerializer();

  private final KeyValueStore<String, PendingCommand> store;

  PendingCommands(KeyValueStore<String, PendingCommand> store) {
    this.store = store;
  }

  boolean isEmpty(String wallet) {
    try (KeyValueIterator<String, PendingCommand> queue = store.prefixScan(prefix(wallet), KEYS)) {
      return !queue.hasNext();
    }
  }

  /** Queues {@code command} behind the wallet's others; returns its key in the queue. */
  String append(String wallet, long offset, PendingCommand command) {
    String key = String.format("%s%019d", prefix(wallet), offset);
    store.put(key, command);
    return key;
  }

  /** The wallet's queue, oldest first. */
  List<KeyValue<String, PendingCommand>> queueOf(String wallet) {
    List<KeyValue<String, PendingCommand>> queue = new ArrayList<>();
    try (KeyValueIterator<String, PendingCommand> entries =
        store.prefixScan(prefix(wallet), KEYS)) {
      entries.forEachRemaining(queue::add);
    }
    return queue;
  }

  void remove(String key) {
    store.delete(key);
  }

  /** Wallets whose oldest waiting command was queued before {@code cutoffMs}. */
  List<String> walletsWaitingSince(long cutoffMs) {
    List<String> stuck = new ArrayList<>();
    String lastWallet = null;
    try (KeyValueIterator<String, PendingCommand> all = store.all()) {
      while (all.hasNext()) {
        KeyValue<String, PendingCommand> entry = all.next();
        String wallet = walletOf(entry.key);
        if (!wallet.equals(lastWallet)) {
          lastWallet = wallet; // keys sort by wallet, then offset: this is the wallet's head
          if (entry.value.enqueuedAtMs() < cutoffMs) {
            stuck.add(wallet);
          }
        }
      }
    }
    return stuck;
  }

  Optional<KeyValue<String, PendingCommand>> head(String wallet) {
    try (KeyValueIterator<String, PendingCommand> queue = store.prefixScan(prefix(wallet), KEYS)) {
      return queue.hasNext() ? Optional.of(queue.next()) : Optional.empty();
    }
  }

  private static String prefix(String wallet) {
    return wallet + '\u0000';
  }

  private static String walletOf(String key) {
    return key.substring(0, key.indexOf('\u0000'));
  }
}

package dev.walletplatform.processors.streams;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.kstream.Windowed;
import org.apache.kafka.streams.processor.StateStore;
import org.apache.kafka.streams.processor.StateStoreContext;
import org.apache.kafka.streams.query.Position;
import org.apache.kafka.streams.query.PositionBound;
import org.apache.kafka.streams.query.Query;
import org.apache.kafka.streams.query.QueryConfig;
import org.apache.kafka.streams.query.QueryResult;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.Stores;
import org.apache.kafka.streams.state.WindowBytesStoreSupplier;
import org.apache.kafka.streams.state.WindowStore;
import org.apache.kafka.streams.state.WindowStoreIterator;

/**
 * Persistent (RocksDB) window stores whose changelog offset Kafka Streams keeps in the task's
 * checkpoint file, as for any store that does not manage its own offsets, instead of inside the
 * store.
 *
 * <p>Why: Kafka Streams 4.3 keeps a segmented store's committed offset inside its segments. A
 * window store holding no segment — a device partition no claim was ever keyed to, a wallet
 * partition without withdrawals, a store whose segments all expired — commits its offset nowhere.
 * Under exactly_once_v2, the next time its task is assigned to an instance that had it before
 * (every rebalance moves tasks back and forth), Streams finds the store's directory but no offset,
 * declares the task corrupted, and closes it dirty to wipe it. Closing a corrupted <em>active</em>
 * task aborts the stream thread's open transaction, which all its tasks share; Streams commits the
 * other tasks first, but not while a rebalance is in progress (TaskManager#handleCorruption). Their
 * outputs and changelog writes since the last commit are then discarded while their input positions
 * and local stores stay where they were, and those records are never processed again: a claim whose
 * claim check vanished this way waits for a verdict that never comes, with its wallet's later
 * commands queued behind it.
 *
 * <p>A store wrapped here reports {@link StateStore#managesOffsets()} false: Streams writes its
 * offset (or "unknown" for an empty store) to the checkpoint on a clean close and, under
 * exactly-once, deletes that file while the task runs, so only a dirty shutdown leaves the store
 * without an offset — the one case in which wiping it is right. Everything else goes to the RocksDB
 * window store unchanged. ({@code managesOffsets} is deprecated in 4.3 but honoured; drop this
 * wrapper once Streams keeps the offset of a window store without segments.)
 */
public final class CheckpointedWindowStores {
  private CheckpointedWindowStores() {}

  /** {@link Stores#persistentWindowStore}, checkpointed by Streams. */
  public static WindowBytesStoreSupplier persistent(
      String name, Duration retention, Duration windowSize, boolean retainDuplicates) {
    return new Supplier(
        Stores.persistentWindowStore(name, retention, windowSize, retainDuplicates));
  }

  private record Supplier(WindowBytesStoreSupplier inner) implements WindowBytesStoreSupplier {
    @Override
    public String name() {
      return inner.name();
    }

    @Override
    public WindowStore<Bytes, byte[]> get() {
      return new CheckpointedWindowStore(inner.get());
    }

    @Override
    public String metricsScope() {
      return inner.metricsScope();
    }

    @Override
    public long segmentIntervalMs() {
      return inner.segmentIntervalMs();
    }

    @Override
    public long windowSize() {
      return inner.windowSize();
    }

    @Override
    public boolean retainDuplicates() {
      return inner.retainDuplicates();
    }

    @Override
    public long retentionPeriod() {
      return inner.retentionPeriod();
    }
  }

  /**
   * The RocksDB window store, every call passed on, except that it leaves its offsets to Streams.
   */
  static final class CheckpointedWindowStore implements WindowStore<Bytes, byte[]> {
    private final WindowStore<Bytes, byte[]> inner;

    CheckpointedWindowStore(WindowStore<Bytes, byte[]> inner) {
      this.inner = inner;
    }

    /**
     * Deprecated in 4.3 (stores are to manage their offsets), still honoured: Streams checkpoints
     * this one.
     */
    @Override
    @SuppressWarnings("deprecation")
    public boolean managesOffsets() {
      return false;
    }

    @Override
    public Long committedOffset(TopicPartition partition) {
      return null;
    }

    @Override
    public void commit(Map<TopicPartition, Long> changelogOffsets) {
      inner.commit(changelogOffsets); // flushes; the offsets Streams reads are its checkpoint's
    }

    @Override
    @SuppressWarnings("deprecation")
    public void flush() {
      inner.flush();
    }

    @Override
    public String name() {
      return inner.name();
    }

    @Override
    public void init(StateStoreContext context, StateStore root) {
      inner.init(context, root);
    }

    @Override
    public void close() {
      inner.close();
    }

    @Override
    public boolean persistent() {
      return inner.persistent();
    }

    @Override
    public boolean isOpen() {
      return inner.isOpen();
    }

    @Override
    public <R> QueryResult<R> query(
        Query<R> query, PositionBound positionBound, QueryConfig config) {
      return inner.query(query, positionBound, config);
    }

    @Override
    public Position getPosition() {
      return inner.getPosition();
    }

    @Override
    public void put(Bytes key, byte[] value, long windowStartTimestamp) {
      inner.put(key, value, windowStartTimestamp);
    }

    @Override
    public byte[] fetch(Bytes key, long time) {
      return inner.fetch(key, time);
    }

    @Override
    public WindowStoreIterator<byte[]> fetch(Bytes key, long timeFrom, long timeTo) {
      return inner.fetch(key, timeFrom, timeTo);
    }

    @Override
    public WindowStoreIterator<byte[]> fetch(Bytes key, Instant timeFrom, Instant timeTo) {
      return inner.fetch(key, timeFrom, timeTo);
    }

    @Override
    public WindowStoreIterator<byte[]> backwardFetch(Bytes key, long timeFrom, long timeTo) {
      return inner.backwardFetch(key, timeFrom, timeTo);
    }

    @Override
    public WindowStoreIterator<byte[]> backwardFetch(Bytes key, Instant timeFrom, Instant timeTo) {
      return inner.backwardFetch(key, timeFrom, timeTo);
    }

    @Override
    public KeyValueIterator<Windowed<Bytes>, byte[]> fetch(
        Bytes keyFrom, Bytes keyTo, long timeFrom, long timeTo) {
      return inner.fetch(keyFrom, keyTo, timeFrom, timeTo);
    }

    @Override
    public KeyValueIterator<Windowed<Bytes>, byte[]> fetch(
        Bytes keyFrom, Bytes keyTo, Instant timeFrom, Instant timeTo) {
      return inner.fetch(keyFrom, keyTo, timeFrom, timeTo);
    }

    @Override
    public KeyValueIterator<Windowed<Bytes>, byte[]> backwardFetch(
        Bytes keyFrom, Bytes keyTo, long timeFrom, long timeTo) {
      return inner.backwardFetch(keyFrom, keyTo, timeFrom, timeTo);
    }

    @Override
    public KeyValueIterator<Windowed<Bytes>, byte[]> backwardFetch(
        Bytes keyFrom, Bytes keyTo, Instant timeFrom, Instant timeTo) {
      return inner.backwardFetch(keyFrom, keyTo, timeFrom, timeTo);
    }

    @Override
    public KeyValueIterator<Windowed<Bytes>, byte[]> all() {
      return inner.all();
    }

    @Override
    public KeyValueIterator<Windowed<Bytes>, byte[]> backwardAll() {
      return inner.backwardAll();
    }

    @Override
    public KeyValueIterator<Windowed<Bytes>, byte[]> fetchAll(long timeFrom, long timeTo) {
      return inner.fetchAll(timeFrom, timeTo);
    }

    @Override
    public KeyValueIterator<Windowed<Bytes>, byte[]> fetchAll(Instant timeFrom, Instant timeTo) {
      return inner.fetchAll(timeFrom, timeTo);
    }

    @Override
    public KeyValueIterator<Windowed<Bytes>, byte[]> backwardFetchAll(long timeFrom, long timeTo) {
      return inner.backwardFetchAll(timeFrom, timeTo);
    }

    @Override
    public KeyValueIterator<Windowed<Bytes>, byte[]> backwardFetchAll(
        Instant timeFrom, Instant timeTo) {
      return inner.backwardFetchAll(timeFrom, timeTo);
    }

    @Override
    public String toString() {
      return "CheckpointedWindowStore[" + inner.name() + "]";
    }
  }
}

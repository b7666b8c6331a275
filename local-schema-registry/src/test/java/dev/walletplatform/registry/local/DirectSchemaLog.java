package dev.walletplatform.registry.local;

import java.util.ArrayList;
import java.util.List;

/** A log without Kafka for unit tests: applies each record at once and keeps it to replay. */
final class DirectSchemaLog implements SchemaLog {
  private final SchemaStore store;
  final List<RegisteredSchema> appended = new ArrayList<>();

  DirectSchemaLog(SchemaStore store) {
    this.store = store;
  }

  @Override
  public synchronized void append(RegisteredSchema record) {
    appended.add(record);
    store.apply(record);
  }

  @Override
  public void catchUp() {
    // append applied everything already
  }

  @Override
  public void close() {}
}

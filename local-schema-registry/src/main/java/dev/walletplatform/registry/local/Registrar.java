package dev.walletplatform.registry.local;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import org.apache.avro.Schema;

/**
 * The write path: registers a schema under a subject if it is new and BACKWARD compatible, through
 * the log. One registration at a time per instance, so ids and versions are allocated without gaps
 * or duplicates; several instances writing at once stay consistent (the log's first record wins,
 * see {@link SchemaStore}) and a loser answers 500 so its client retries.
 */
final class Registrar {
  private final SchemaStore store;
  private final SchemaLog log;
  private final ReentrantLock writer =
      new ReentrantLock(); // not synchronized: handlers run on virtual threads

  Registrar(SchemaStore store, SchemaLog log) {
    this.store = store;
    this.log = log;
  }

  /** The id of {@code schema} under {@code subject}: the existing one, or a new one. */
  RegisteredSchema register(String subject, Schema schema) {
    String canonical = schema.toString();
    Optional<RegisteredSchema> existing = store.find(subject, canonical);
    if (existing.isPresent()) {
      return existing.get(); // idempotent, and needs no lock: registrations never change
    }
    writer.lock();
    try {
      log.catchUp(); // allocate the id and version from everything any instance wrote so far
      existing = store.find(subject, canonical);
      if (existing.isPresent()) {
        return existing.get();
      }
      requireCompatible(subject, schema);
      int id = store.idOf(canonical).orElseGet(store::nextId);
      int version = store.latest(subject).map(r -> r.version() + 1).orElse(1);
      log.append(RegisteredSchema.of(subject, version, id, schema));
      return store
          .find(subject, canonical)
          .orElseThrow(
              () ->
                  RegistryApiException.storeError(
                      "another registry instance wrote "
                          + subject
                          + " version "
                          + version
                          + " or id "
                          + id
                          + " first; retry",
                      null));
    } finally {
      writer.unlock();
    }
  }

  private void requireCompatible(String subject, Schema schema) {
    Optional<RegisteredSchema> latest = store.latest(subject);
    List<String> violations =
        latest.map(l -> BackwardRule.violations(schema, l.schema())).orElse(List.of());
    if (!violations.isEmpty()) {
      throw RegistryApiException.incompatible(
          subject, latest.get().version(), violations.toString());
    }
  }
}

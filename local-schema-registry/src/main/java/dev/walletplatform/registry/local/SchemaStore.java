package dev.walletplatform.registry.local;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The registry's state, rebuilt by applying the {@code _schemas} log in order. The rules are
 * deterministic, so every instance reading the same log holds the same state: the first record to
 * claim an id or a subject version wins, and a later record contradicting it is ignored.
 */
final class SchemaStore {
  private static final Logger LOG = LoggerFactory.getLogger(SchemaStore.class);

  private final Map<Integer, RegisteredSchema> byId = new HashMap<>();
  private final Map<String, Integer> idByCanonical = new HashMap<>();
  private final Map<String, NavigableMap<Integer, RegisteredSchema>> bySubject = new TreeMap<>();

  /** Applies one record of the log; returns whether it changed the state. */
  synchronized boolean apply(RegisteredSchema record) {
    RegisteredSchema sameId = byId.get(record.id());
    if (sameId != null && !sameId.canonical().equals(record.canonical())) {
      LOG.warn(
          "ignoring {}: id {} already names another schema (a second writer raced this one)",
          describe(record),
          record.id());
      return false;
    }
    NavigableMap<Integer, RegisteredSchema> versions =
        bySubject.computeIfAbsent(record.subject(), s -> new TreeMap<>());
    RegisteredSchema sameVersion = versions.get(record.version());
    if (sameVersion != null) {
      if (sameVersion.id() != record.id()) {
        LOG.warn(
            "ignoring {}: that version already has id {} (a second writer raced this one)",
            describe(record),
            sameVersion.id());
      }
      return false;
    }
    versions.put(record.version(), record);
    byId.putIfAbsent(record.id(), record);
    idByCanonical.putIfAbsent(record.canonical(), record.id());
    return true;
  }

  /** The registration of exactly this schema under {@code subject}, if any. */
  synchronized Optional<RegisteredSchema> find(String subject, String canonical) {
    return versionsOf(subject).values().stream()
        .filter(r -> r.canonical().equals(canonical))
        .findFirst();
  }

  /** The id of this schema under any subject: Confluent gives one schema one id everywhere. */
  synchronized Optional<Integer> idOf(String canonical) {
    return Optional.ofNullable(idByCanonical.get(canonical));
  }

  synchronized int nextId() {
    return byId.keySet().stream().mapToInt(Integer::intValue).max().orElse(0) + 1;
  }

  synchronized Optional<RegisteredSchema> latest(String subject) {
    NavigableMap<Integer, RegisteredSchema> versions = versionsOf(subject);
    return versions.isEmpty() ? Optional.empty() : Optional.of(versions.lastEntry().getValue());
  }

  synchronized Optional<RegisteredSchema> version(String subject, int version) {
    return Optional.ofNullable(versionsOf(subject).get(version));
  }

  synchronized Optional<RegisteredSchema> byId(int id) {
    return Optional.ofNullable(byId.get(id));
  }

  synchronized boolean hasSubject(String subject) {
    return !versionsOf(subject).isEmpty();
  }

  synchronized List<String> subjects() {
    return List.copyOf(bySubject.keySet());
  }

  synchronized List<Integer> versions(String subject) {
    return new ArrayList<>(versionsOf(subject).keySet());
  }

  private NavigableMap<Integer, RegisteredSchema> versionsOf(String subject) {
    return bySubject.getOrDefault(subject, new TreeMap<>());
  }

  private static String describe(RegisteredSchema record) {
    return record.subject() + " version " + record.version() + " id " + record.id();
  }
}

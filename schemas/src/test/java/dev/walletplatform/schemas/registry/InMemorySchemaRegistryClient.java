package dev.walletplatform.schemas.registry;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility;

/**
 * A registry held in memory, with the registry's BACKWARD rule (a new schema must read data written
 * with the latest one). For unit tests and TopologyTestDriver runs where no registry process
 * exists.
 */
public final class InMemorySchemaRegistryClient implements SchemaRegistryClient {
  private final Map<Integer, Schema> schemasById = new HashMap<>();
  private final Map<String, List<Integer>> versionsBySubject = new HashMap<>();

  @Override
  public synchronized int register(String subject, Schema schema) {
    List<Integer> versions = versionsBySubject.computeIfAbsent(subject, s -> new ArrayList<>());
    for (int id : versions) {
      if (schemasById.get(id).equals(schema)) {
        return id;
      }
    }
    if (!isCompatibleWithLatest(subject, schema)) {
      throw new SchemaRegistryException(
          "schema "
              + schema.getFullName()
              + " is not backward compatible with the latest under "
              + subject,
          409,
          null);
    }
    int id =
        schemasById.entrySet().stream()
            .filter(e -> e.getValue().equals(schema))
            .map(Map.Entry::getKey)
            .findFirst()
            .orElse(schemasById.size() + 1);
    schemasById.put(id, schema);
    versions.add(id);
    return id;
  }

  @Override
  public synchronized Schema schemaById(int id) {
    Schema schema = schemasById.get(id);
    if (schema == null) {
      throw new SchemaRegistryException("schema id " + id + " not found", 404, null);
    }
    return schema;
  }

  @Override
  public synchronized boolean isCompatibleWithLatest(String subject, Schema schema) {
    List<Integer> versions = versionsBySubject.getOrDefault(subject, List.of());
    if (versions.isEmpty()) {
      return true;
    }
    Schema latest = schemasById.get(versions.get(versions.size() - 1));
    return SchemaCompatibility.checkReaderWriterCompatibility(schema, latest).getType()
        == SchemaCompatibility.SchemaCompatibilityType.COMPATIBLE;
  }
}

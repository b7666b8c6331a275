package dev.walletplatform.registry.local;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;

/**
 * Records of the {@code _schemas} topic, in the JSON layout Confluent's registry uses there (key
 * {@code {"keytype":"SCHEMA","subject","version","magic"}}, value {@code {"subject","version","id",
 * "schema","deleted"}}): compaction keeps one record per subject version, and the topic reads
 * familiarly in any tool.
 */
final class SchemaLogCodec {
  private static final ObjectMapper JSON = new ObjectMapper();

  private SchemaLogCodec() {}

  static String key(RegisteredSchema record) {
    ObjectNode key =
        JSON.createObjectNode()
            .put("keytype", "SCHEMA")
            .put("subject", record.subject())
            .put("version", record.version())
            .put("magic", 1);
    return write(key);
  }

  static String value(RegisteredSchema record) {
    ObjectNode value =
        JSON.createObjectNode()
            .put("subject", record.subject())
            .put("version", record.version())
            .put("id", record.id())
            .put("schema", record.canonical())
            .put("deleted", false);
    return write(value);
  }

  /** The registration in a record's value; empty for tombstones, deletions and other key types. */
  static Optional<RegisteredSchema> decode(String value) {
    if (value == null) {
      return Optional.empty();
    }
    JsonNode node;
    try {
      node = JSON.readTree(value);
    } catch (JsonProcessingException e) {
      throw new LocalRegistryException(
          "record of the schema log is not JSON: " + abbreviate(value), e);
    }
    if (node.path("deleted").asBoolean(false)
        || !node.hasNonNull("schema")
        || !node.hasNonNull("id")) {
      return Optional
          .empty(); // not a schema registration (e.g. Confluent's config or delete records)
    }
    String subject = node.path("subject").asText();
    int version = node.path("version").asInt(-1);
    int id = node.path("id").asInt(-1);
    if (subject.isEmpty() || version < 1 || id < 1) {
      throw new LocalRegistryException(
          "record of the schema log lacks subject, version or id: " + abbreviate(value));
    }
    return Optional.of(
        RegisteredSchema.of(
            subject, version, id, RegisteredSchema.parse(node.path("schema").asText())));
  }

  private static String write(ObjectNode node) {
    try {
      return JSON.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new LocalRegistryException("cannot encode " + node, e);
    }
  }

  private static String abbreviate(String text) {
    return text.length() <= 200 ? text : text.substring(0, 200) + "…";
  }
}

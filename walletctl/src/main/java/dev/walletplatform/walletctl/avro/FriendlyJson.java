package dev.walletplatform.walletctl.avro;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.walletplatform.walletctl.UsageException;
import dev.walletplatform.walletctl.config.TimeArgument;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Iterator;
import java.util.List;
import org.apache.avro.JsonProperties;
import org.apache.avro.LogicalTypes;
import org.apache.avro.Schema;
import org.apache.avro.Schema.Field;

/**
 * Translates, guided by the schema, between the JSON operators write and Avro's JSON encoding,
 * which Avro's JSON decoder then validates. Operators write amounts as strings of minor units
 * ({@code "150000"}), times as ISO-8601 ({@code "2026-03-14T09:05:00Z"}) and a union branch by its
 * short name ({@code {"DepositConfirmed": {...}}}); Avro itself wants Latin-1 byte strings, epoch
 * millis and full names. Unknown and missing fields are refused with their path.
 */
final class FriendlyJson {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private FriendlyJson() {}

  static JsonNode toAvro(Schema schema, JsonNode node, String path) {
    return switch (schema.getType()) {
      case RECORD -> record(schema, node, path);
      case UNION -> union(schema, node, path);
      case ARRAY -> {
        expect(node.isArray(), path, "an array", node);
        var out = NODES.arrayNode();
        int i = 0;
        for (JsonNode item : node) {
          out.add(toAvro(schema.getElementType(), item, path + "[" + i++ + "]"));
        }
        yield out;
      }
      case BYTES, FIXED ->
          schema.getLogicalType() instanceof LogicalTypes.Decimal decimal
              ? NODES.textNode(
                  new String(decimalBytes(decimal, node, path), StandardCharsets.ISO_8859_1))
              : node;
      case LONG ->
          schema.getLogicalType() instanceof LogicalTypes.TimestampMillis && node.isTextual()
              ? NODES.numberNode(time(node, path).toEpochMilli())
              : node;
      default -> node;
    };
  }

  static JsonNode fromAvro(Schema schema, JsonNode node) {
    return switch (schema.getType()) {
      case RECORD -> {
        ObjectNode out = NODES.objectNode();
        schema
            .getFields()
            .forEach(f -> out.set(f.name(), fromAvro(f.schema(), node.get(f.name()))));
        yield out;
      }
      case UNION -> {
        if (node == null || node.isNull()) {
          yield NODES.nullNode();
        }
        String name = node.fieldNames().next();
        Schema branch =
            schema.getTypes().stream()
                .filter(t -> t.getFullName().equals(name))
                .findFirst()
                .orElseThrow();
        JsonNode value = fromAvro(branch, node.get(name));
        yield nonNull(schema).size() == 1 ? value : NODES.objectNode().set(branch.getName(), value);
      }
      case ARRAY -> {
        var out = NODES.arrayNode();
        node.forEach(item -> out.add(fromAvro(schema.getElementType(), item)));
        yield out;
      }
      case BYTES, FIXED ->
          schema.getLogicalType() instanceof LogicalTypes.Decimal decimal
              ? NODES.textNode(
                  new BigDecimal(
                          new BigInteger(node.asText().getBytes(StandardCharsets.ISO_8859_1)),
                          decimal.getScale())
                      .toPlainString())
              : node;
      case LONG ->
          schema.getLogicalType() instanceof LogicalTypes.TimestampMillis
              ? NODES.textNode(Instant.ofEpochMilli(node.asLong()).toString())
              : node;
      default -> node;
    };
  }

  // JsonProperties.NULL_VALUE is Avro's sentinel for a null default: compared by identity, as Avro
  // does
  @SuppressWarnings("ReferenceEquality")
  private static JsonNode record(Schema schema, JsonNode node, String path) {
    expect(node.isObject(), path, "an object (" + schema.getName() + ")", node);
    for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (schema.getField(name) == null) {
        throw new UsageException(
            path
                + "."
                + name
                + ": "
                + schema.getName()
                + " has no such field (fields: "
                + schema.getFields().stream().map(Field::name).toList()
                + ")");
      }
    }
    ObjectNode out = NODES.objectNode();
    for (Field field : schema.getFields()) {
      JsonNode value = node.get(field.name());
      if (value != null) {
        out.set(field.name(), toAvro(field.schema(), value, path + "." + field.name()));
      } else if (field.hasDefaultValue() && field.defaultVal() == JsonProperties.NULL_VALUE) {
        out.set(field.name(), NODES.nullNode());
      } else if (!field.hasDefaultValue()) {
        throw new UsageException(
            path
                + "."
                + field.name()
                + ": missing; "
                + schema.getName()
                + " requires it"
                + (field.doc() == null ? "" : " (" + field.doc() + ")"));
      }
    }
    return out;
  }

  private static JsonNode union(Schema schema, JsonNode node, String path) {
    if (node.isNull()) {
      expect(
          schema.getTypes().stream().anyMatch(t -> t.getType() == Schema.Type.NULL),
          path,
          "a value",
          node);
      return node;
    }
    if (node.isObject() && node.size() == 1) {
      String name = node.fieldNames().next();
      for (Schema branch : nonNull(schema)) {
        if (branch.getFullName().equals(name) || branch.getName().equals(name)) {
          return NODES
              .objectNode()
              .set(branch.getFullName(), toAvro(branch, node.get(name), path + "." + name));
        }
      }
    }
    List<Schema> branches = nonNull(schema);
    if (branches.size() == 1) {
      return NODES
          .objectNode()
          .set(branches.getFirst().getFullName(), toAvro(branches.getFirst(), node, path));
    }
    throw new UsageException(
        path
            + ": is one of "
            + branches.stream().map(Schema::getName).toList()
            + "; name the one you mean, e.g. {\""
            + branches.getFirst().getName()
            + "\": {...}}");
  }

  private static List<Schema> nonNull(Schema union) {
    return union.getTypes().stream().filter(t -> t.getType() != Schema.Type.NULL).toList();
  }

  private static byte[] decimalBytes(LogicalTypes.Decimal decimal, JsonNode node, String path) {
    expect(
        node.isTextual() || node.isIntegralNumber(),
        path,
        "an amount as a string of minor units, e.g. \"150000\"",
        node);
    try {
      BigDecimal value =
          new BigDecimal(node.asText()).setScale(decimal.getScale(), RoundingMode.UNNECESSARY);
      if (value.precision() > decimal.getPrecision()) {
        throw new UsageException(
            path + ": " + node.asText() + " has more than " + decimal.getPrecision() + " digits");
      }
      return value.unscaledValue().toByteArray();
    } catch (NumberFormatException | ArithmeticException e) {
      throw new UsageException(
          path
              + ": '"
              + node.asText()
              + "' is not a whole number of minor units (scale "
              + decimal.getScale()
              + ")",
          e);
    }
  }

  private static Instant time(JsonNode node, String path) {
    try {
      return TimeArgument.parse(node.asText(), Clock.systemUTC());
    } catch (IllegalArgumentException e) {
      throw new UsageException(path + ": " + e.getMessage(), e);
    }
  }

  private static void expect(boolean ok, String path, String expected, JsonNode node) {
    if (!ok) {
      throw new UsageException(
          path + ": expected " + expected + ", got " + (node == null ? "nothing" : node));
    }
  }
}

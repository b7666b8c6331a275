package dev.walletplatform.testsupport.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An OpenAPI 3.1 document rewritten in the 3.0 dialect, for the validator: it reads schemas through
 * swagger-parser's 3.0 model and checks them with a draft-04 JSON Schema engine, so in a 3.1
 * document it does not see {@code type} at all (3.1 keeps it as a list) and checks no type, no
 * nullability and no {@code const} — silently. Rendered in 3.0 the same rules are checked:
 *
 * <ul>
 *   <li>{@code type: [T, 'null']} becomes {@code type: T, nullable: true};
 *   <li>{@code const: v} becomes {@code enum: [v]};
 *   <li>schema {@code examples} lists and {@code info.summary} are dropped (documentation only);
 *   <li>the document's global {@code security} is copied to every operation without its own, as
 *       OpenAPI defines it: the validator reads requirements from operations only, and would
 *       otherwise check no credentials at all (in 3.0 documents as much as in 3.1 ones).
 * </ul>
 *
 * A 3.1 construct that 3.0 cannot express (several types, {@code type: 'null'} alone, numeric
 * exclusive bounds, {@code prefixItems}, conditionals, ...) fails the load instead of being
 * dropped: a rule the checker cannot check must be said, not skipped.
 */
final class OpenApi30Rendering {
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * Keys whose value maps names (of properties, paths, responses, ...) to objects, not keywords.
   */
  private static final Set<String> NAME_MAPS =
      Set.of(
          "properties",
          "schemas",
          "paths",
          "responses",
          "headers",
          "content",
          "parameters",
          "securitySchemes",
          "examples",
          "requestBodies",
          "links",
          "callbacks",
          "encoding",
          "variables",
          "mapping",
          "$defs",
          "definitions",
          "patternProperties",
          "dependentSchemas");

  /** JSON Schema 2020-12 keywords the 3.0 model has no place for: it would drop them unseen. */
  private static final Set<String> INEXPRESSIBLE =
      Set.of(
          "prefixItems",
          "if",
          "then",
          "else",
          "dependentRequired",
          "dependentSchemas",
          "unevaluatedProperties",
          "unevaluatedItems",
          "contains",
          "minContains",
          "maxContains",
          "patternProperties",
          "propertyNames",
          "$defs",
          "contentMediaType",
          "contentEncoding",
          "contentSchema");

  private static final List<String> METHODS =
      List.of("get", "put", "post", "delete", "options", "head", "patch", "trace");

  private OpenApi30Rendering() {}

  /** The document as 3.0 JSON, as the validator should read it. */
  static String of(String document) {
    JsonNode root;
    try {
      root = YAML.readTree(document);
    } catch (IOException e) {
      throw new UncheckedIOException("not YAML", e);
    }
    ObjectNode rendered = (ObjectNode) root.deepCopy();
    if (root.path("openapi").asText().startsWith("3.1")) {
      rendered.put("openapi", "3.0.3");
      if (rendered.path("info") instanceof ObjectNode info) {
        info.remove("summary");
      }
      List<String> inexpressible = new ArrayList<>();
      rewrite(rendered, "", false, inexpressible);
      if (!inexpressible.isEmpty()) {
        throw new IllegalArgumentException(
            "the contract checker cannot check these OpenAPI 3.1 constructs: "
                + String.join("; ", inexpressible));
      }
    }
    securityOnEveryOperation(rendered);
    try {
      return JSON.writeValueAsString(rendered);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void securityOnEveryOperation(ObjectNode document) {
    JsonNode global = document.get("security");
    if (global == null) {
      return;
    }
    for (JsonNode pathItem : document.path("paths")) {
      for (String method : METHODS) {
        if (pathItem.get(method) instanceof ObjectNode operation && !operation.has("security")) {
          operation.set("security", global.deepCopy());
        }
      }
    }
  }

  private static void rewrite(
      JsonNode node, String pointer, boolean namesOnly, List<String> inexpressible) {
    if (node instanceof ArrayNode array) {
      for (int i = 0; i < array.size(); i++) {
        rewrite(array.get(i), pointer + "/" + i, false, inexpressible);
      }
      return;
    }
    if (!(node instanceof ObjectNode object)) {
      return;
    }
    if (!namesOnly) {
      rewriteKeywords(object, pointer, inexpressible);
    }
    for (Map.Entry<String, JsonNode> field : object.properties()) {
      boolean childIsNameMap =
          !namesOnly && NAME_MAPS.contains(field.getKey()) && field.getValue().isObject();
      rewrite(field.getValue(), pointer + "/" + field.getKey(), childIsNameMap, inexpressible);
    }
  }

  private static void rewriteKeywords(
      ObjectNode schema, String pointer, List<String> inexpressible) {
    JsonNode type = schema.get("type");
    if (type != null && type.isArray()) {
      List<String> types = new ArrayList<>();
      type.forEach(t -> types.add(t.asText()));
      boolean nullable = types.remove("null");
      if (types.size() == 1) {
        schema.put("type", types.getFirst());
        if (nullable) {
          schema.put("nullable", true);
        }
      } else {
        inexpressible.add(pointer + ": type " + type);
      }
    } else if (type != null && "null".equals(type.asText())) {
      inexpressible.add(
          pointer + ": type 'null' alone (write type: [T, 'null'] on the nullable schema)");
    }
    JsonNode constant = schema.remove("const");
    if (constant != null) {
      if (schema.has("enum")) {
        inexpressible.add(pointer + ": const beside enum");
      }
      schema.putArray("enum").add(constant);
    }
    if (schema.path("examples").isArray()) {
      schema.remove("examples");
    }
    for (String bound : List.of("exclusiveMinimum", "exclusiveMaximum")) {
      if (schema.path(bound).isNumber()) {
        inexpressible.add(pointer + ": numeric " + bound);
      }
    }
    for (String keyword : INEXPRESSIBLE) {
      if (schema.has(keyword)) {
        inexpressible.add(pointer + ": " + keyword);
      }
    }
  }
}

package dev.walletplatform.testsupport.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A service's openapi.yaml as written, for unit tests of what it documents (which answers each
 * operation lists, in which shape, with which headers); {@link OpenApiContract} checks what the
 * service actually answers.
 */
public final class OpenApiDocument {
  private static final Set<String> METHODS =
      Set.of("get", "put", "post", "delete", "options", "head", "patch", "trace");

  private final JsonNode root;

  private OpenApiDocument(JsonNode root) {
    this.root = root;
  }

  /** The {@code /openapi.yaml} on {@code owner}'s classpath, the one its service serves. */
  public static OpenApiDocument of(Class<?> owner) {
    try (InputStream in = owner.getResourceAsStream("/openapi.yaml")) {
      if (in == null) {
        throw new IllegalArgumentException(
            "/openapi.yaml is not on " + owner.getName() + "'s classpath");
      }
      return new OpenApiDocument(new ObjectMapper(new YAMLFactory()).readTree(in));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public JsonNode root() {
    return root;
  }

  /** Every operation, in document order. */
  public List<Operation> operations() {
    List<Operation> operations = new ArrayList<>();
    for (Map.Entry<String, JsonNode> path : root.path("paths").properties()) {
      for (Map.Entry<String, JsonNode> method : path.getValue().properties()) {
        if (METHODS.contains(method.getKey())) {
          operations.add(
              new Operation(
                  method.getKey().toUpperCase(Locale.ROOT), path.getKey(), method.getValue()));
        }
      }
    }
    return operations;
  }

  /**
   * Where the operations' error answers differ from {@code expected} (operation id to the statuses
   * from 400 up it must list): an operation the map lacks or the document lacks, or a status list
   * that is not the same set; empty when they agree.
   */
  public List<String> errorStatusMismatches(Map<String, List<String>> expected) {
    List<String> mismatches = new ArrayList<>();
    Set<String> documented = new TreeSet<>();
    for (Operation operation : operations()) {
      documented.add(operation.operationId());
      List<String> wanted = expected.get(operation.operationId());
      if (wanted == null) {
        mismatches.add(operation + " is documented but has no expected errors");
      } else if (!Set.copyOf(operation.errorStatuses()).equals(Set.copyOf(wanted))) {
        mismatches.add(
            operation
                + " lists "
                + operation.errorStatuses()
                + " where "
                + wanted
                + " is expected");
      }
    }
    expected.keySet().stream()
        .filter(id -> !documented.contains(id))
        .sorted()
        .forEach(id -> mismatches.add(id + " is expected but not documented"));
    return mismatches;
  }

  /**
   * Every error answer (an operation's status from 400 up) whose body is not the one JSON Error
   * schema and nothing else; empty when all are.
   */
  public List<String> errorsOutsideTheErrorSchema() {
    List<String> outside = new ArrayList<>();
    for (Operation operation : operations()) {
      for (String status : operation.errorStatuses()) {
        JsonNode content = operation.responses().get(status).path("content");
        String schema = content.path("application/json").path("schema").path("$ref").asText();
        if (content.size() != 1 || !schema.equals("#/components/schemas/Error")) {
          outside.add(operation + " " + status + ": " + content);
        }
      }
    }
    return outside;
  }

  /** {@code node}, or what its {@code $ref} (a pointer into this document) names. */
  public JsonNode resolve(JsonNode node) {
    JsonNode ref = node.get("$ref");
    if (ref == null) {
      return node;
    }
    if (!ref.asText().startsWith("#/")) {
      throw new IllegalArgumentException("only local references are supported: " + ref.asText());
    }
    return resolve(root.at(ref.asText().substring(1)));
  }

  /** One operation of the document. */
  public final class Operation {
    private final String method;
    private final String path;
    private final JsonNode node;

    private Operation(String method, String path, JsonNode node) {
      this.method = method;
      this.path = path;
      this.node = node;
    }

    public String operationId() {
      return node.path("operationId").asText();
    }

    /** Its responses by status, references resolved. */
    public Map<String, JsonNode> responses() {
      Map<String, JsonNode> responses = new TreeMap<>();
      node.path("responses")
          .properties()
          .forEach(response -> responses.put(response.getKey(), resolve(response.getValue())));
      return responses;
    }

    /** The statuses from 400 up it lists. */
    public List<String> errorStatuses() {
      return responses().keySet().stream()
          .filter(status -> status.matches("[45][0-9][0-9]"))
          .toList();
    }

    /**
     * A header of its response with {@code status}, references resolved; missing if not documented.
     */
    public JsonNode responseHeader(String status, String name) {
      return resolve(
          responses().getOrDefault(status, MissingNode.getInstance()).path("headers").path(name));
    }

    @Override
    public String toString() {
      return method + " " + path + " (" + operationId() + ")";
    }
  }
}

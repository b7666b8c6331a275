package dev.walletplatform.registry.local;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.avro.Schema;

/**
 * The Confluent REST subset, as calls on the store and the registrar: each route takes the decoded
 * path segments (and body) and returns what to render as JSON, or throws a {@link
 * RegistryApiException}.
 */
final class RegistryRoutes {
  private final SchemaStore store;
  private final Registrar registrar;
  private final SchemaLog log;

  RegistryRoutes(SchemaStore store, Registrar registrar, SchemaLog log) {
    this.store = store;
    this.registrar = registrar;
    this.log = log;
  }

  /** Null when no route matches {@code method} and {@code path}. */
  Object route(String method, List<String> path, Map<String, String> query, JsonNode body) {
    String route = method + " " + shape(path);
    return switch (route) {
      case "GET /" -> Map.of();
      case "GET /config" -> Map.of("compatibilityLevel", BackwardRule.LEVEL);
      case "GET /subjects" -> store.subjects();
      case "GET /subjects/*/versions" -> versions(path.get(1));
      case "POST /subjects/*/versions" ->
          Map.of("id", registrar.register(path.get(1), schemaIn(body)).id());
      case "GET /subjects/*/versions/*" -> describe(version(path.get(1), path.get(3)));
      case "GET /schemas/ids/*" -> Map.of("schema", schemaById(path.get(2)).canonical());
      case "POST /compatibility/subjects/*/versions/*" ->
          compatibility(path.get(2), path.get(4), body, query);
      default -> null;
    };
  }

  /** Whether some route serves {@code path} with another method: 405 rather than 404. */
  static boolean knownPath(List<String> path) {
    return switch (shape(path)) {
      case "/",
          "/config",
          "/subjects",
          "/subjects/*/versions",
          "/subjects/*/versions/*",
          "/schemas/ids/*",
          "/compatibility/subjects/*/versions/*" ->
          true;
      default -> false;
    };
  }

  private List<Integer> versions(String subject) {
    requireSubject(subject);
    return store.versions(subject);
  }

  private RegisteredSchema version(String subject, String version) {
    requireSubject(subject);
    if (version.equals("latest") || version.equals("-1")) {
      return store.latest(subject).orElseThrow(() -> RegistryApiException.subjectNotFound(subject));
    }
    int number = parseVersion(version);
    if (store.version(subject, number).isEmpty()) {
      log.catchUp();
    }
    return store
        .version(subject, number)
        .orElseThrow(() -> RegistryApiException.versionNotFound(subject, number));
  }

  private void requireSubject(String subject) {
    if (!store.hasSubject(subject)) {
      log.catchUp(); // another instance may have registered it a moment ago
      if (!store.hasSubject(subject)) {
        throw RegistryApiException.subjectNotFound(subject);
      }
    }
  }

  private Map<String, Object> compatibility(
      String subject, String version, JsonNode body, Map<String, String> query) {
    Schema candidate = schemaIn(body);
    if (!store.hasSubject(subject)) {
      log.catchUp();
    }
    List<String> violations =
        version.equals("latest") && !store.hasSubject(subject)
            ? List.of() // nothing registered yet: anything may be the first version, as Confluent
            // answers
            : BackwardRule.violations(candidate, version(subject, version).schema());
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("is_compatible", violations.isEmpty());
    if (Boolean.parseBoolean(query.get("verbose"))) {
      answer.put("messages", violations);
    }
    return answer;
  }

  private RegisteredSchema schemaById(String id) {
    int number;
    try {
      number = Integer.parseInt(id);
    } catch (NumberFormatException e) {
      throw RegistryApiException.schemaNotFound(id);
    }
    if (store.byId(number).isEmpty()) {
      log.catchUp(); // another instance may have issued it a moment ago
    }
    return store.byId(number).orElseThrow(() -> RegistryApiException.schemaNotFound(id));
  }

  private static Schema schemaIn(JsonNode body) {
    String type = body.path("schemaType").asText("AVRO");
    if (!type.equals("AVRO")) {
      throw RegistryApiException.invalidSchema(
          "schemaType " + type + " is not served here; only AVRO", null);
    }
    if (body.has("references") && !body.path("references").isEmpty()) {
      throw RegistryApiException.invalidSchema(
          "schema references are not supported by this registry", null);
    }
    return RegisteredSchema.parse(
        body.path("schema").isTextual() ? body.path("schema").asText() : null);
  }

  private static Map<String, Object> describe(RegisteredSchema record) {
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("subject", record.subject());
    answer.put("version", record.version());
    answer.put("id", record.id());
    answer.put("schema", record.canonical());
    return answer;
  }

  private static int parseVersion(String version) {
    try {
      int number = Integer.parseInt(version);
      if (number >= 1) {
        return number;
      }
    } catch (NumberFormatException e) {
      // answered below, as for a non-positive number
    }
    throw RegistryApiException.invalidVersion(version);
  }

  /** The path with the variable segments (subject, version, id) as {@code *}. */
  private static String shape(List<String> path) {
    if (path.isEmpty()) {
      return "/";
    }
    StringBuilder shape = new StringBuilder();
    for (int i = 0; i < path.size(); i++) {
      boolean variable =
          switch (path.get(0)) {
            case "subjects" -> i == 1 || i == 3;
            case "schemas" -> i == 2;
            case "compatibility" -> i == 2 || i == 4;
            default -> false;
          };
      shape.append('/').append(variable ? "*" : path.get(i));
    }
    return shape.toString();
  }
}

package dev.walletplatform.deploychecks.support;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** The objects one kustomization renders to, with the look-ups the checks need. */
public record RenderedManifests(Path source, List<JsonNode> objects) {

  public List<JsonNode> ofKind(String kind) {
    return objects.stream().filter(o -> kind.equals(o.path("kind").asText())).toList();
  }

  public Optional<JsonNode> find(String kind, String name) {
    return ofKind(kind).stream().filter(o -> name.equals(name(o))).findFirst();
  }

  public JsonNode get(String kind, String name) {
    return find(kind, name)
        .orElseThrow(() -> new AssertionError(source + " renders no " + kind + " " + name));
  }

  /** The secret names ExternalSecrets create, with the keys each will hold. */
  public Optional<List<String>> externalSecretKeys(String secretName) {
    return ofKind("ExternalSecret").stream()
        .filter(
            es -> secretName.equals(es.path("spec").path("target").path("name").asText(name(es))))
        .findFirst()
        .map(es -> es.path("spec").path("data").findValuesAsText("secretKey"));
  }

  public static String name(JsonNode object) {
    return object.path("metadata").path("name").asText();
  }

  public static String namespace(JsonNode object) {
    return object.path("metadata").path("namespace").asText("");
  }

  public static String describe(JsonNode object) {
    String ns = namespace(object);
    return object.path("kind").asText() + " " + (ns.isEmpty() ? "" : ns + "/") + name(object);
  }
}

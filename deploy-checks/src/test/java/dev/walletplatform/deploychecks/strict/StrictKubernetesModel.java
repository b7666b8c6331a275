package dev.walletplatform.deploychecks.strict;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.walletplatform.deploychecks.crd.CustomResourceKinds;
import io.fabric8.kubernetes.api.model.KubernetesResource;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.util.List;
import java.util.Optional;

/**
 * Parses a rendered object the way the API server would accept it, and fails on anything it would
 * not know. Built-in kinds go through fabric8's Kubernetes model; the custom resources this
 * deployment uses (Argo Rollouts, KEDA, Karpenter, ...) through the records in {@code crd}, which
 * declare exactly the fields used here and reject any other.
 */
public final class StrictKubernetesModel {
  private static final KubernetesSerialization FABRIC8 = new KubernetesSerialization();

  /**
   * For the custom resources: unknown fields, numbers as strings and unknown enum values all fail.
   */
  static final ObjectMapper CRD_MAPPER =
      JsonMapper.builder()
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
          .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
          .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
          .addModule(new Fabric8Types())
          .build();

  private StrictKubernetesModel() {}

  /** Empty when the object is valid; otherwise one line per problem. */
  public static List<String> problems(JsonNode object) {
    String apiVersion = object.path("apiVersion").asText();
    String kind = object.path("kind").asText();
    Optional<Class<?>> custom = CustomResourceKinds.lookup(apiVersion, kind);
    try {
      if (custom.isPresent()) {
        CRD_MAPPER.treeToValue(object, custom.get());
        return List.of();
      }
      Class<? extends KubernetesResource> type =
          FABRIC8.getRegisteredKubernetesResource(apiVersion, kind);
      if (type == null || type.getSimpleName().equals("GenericKubernetesResource")) {
        return List.of(
            "no model for "
                + apiVersion
                + " "
                + kind
                + ": add a record to deploy-checks' crd package for the fields this deployment uses");
      }
      return AdditionalPropertiesWalker.unknownFields(parse(object, type), kind).stream()
          .map(path -> "unknown field " + path)
          .toList();
    } catch (RuntimeException | com.fasterxml.jackson.core.JsonProcessingException e) {
      return List.of(e.getMessage());
    }
  }

  /** A rendered custom resource as its record in {@code crd}, for checks that read its fields. */
  public static <T> T customResource(JsonNode object, Class<T> type) {
    try {
      return CRD_MAPPER.treeToValue(object, type);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalArgumentException(
          type.getSimpleName() + " does not parse: " + e.getMessage(), e);
    }
  }

  /** One subtree as a fabric8 type, refusing unknown fields. */
  public static <T> T parse(JsonNode node, Class<T> type) {
    T parsed = FABRIC8.unmarshal(node.toString(), type);
    List<String> unknown = AdditionalPropertiesWalker.unknownFields(parsed, type.getSimpleName());
    if (!unknown.isEmpty()) {
      throw new IllegalArgumentException("unknown fields " + unknown);
    }
    return parsed;
  }
}

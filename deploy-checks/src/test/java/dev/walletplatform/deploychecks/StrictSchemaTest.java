package dev.walletplatform.deploychecks;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.walletplatform.deploychecks.strict.StrictKubernetesModel;
import dev.walletplatform.deploychecks.support.Kustomize;
import dev.walletplatform.deploychecks.support.RenderedManifests;
import dev.walletplatform.deploychecks.support.RepoLayout;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every rendered object parses against its API's model with nothing left over. */
class StrictSchemaTest {

  static Stream<Path> kustomizations() {
    return RepoLayout.kustomizations().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("kustomizations")
  void everyObjectMatchesItsApiExactly(Path dir) {
    for (JsonNode object : Kustomize.render(dir).objects()) {
      assertThat(StrictKubernetesModel.problems(object))
          .as(RenderedManifests.describe(object))
          .isEmpty();
    }
  }

  // The checker itself: a check that cannot fail proves nothing.

  @Test
  void refusesAMisspeltFieldInABuiltInKind() throws Exception {
    JsonNode deployment =
        deploymentWithContainer("{\"name\":\"a\",\"image\":\"a:1\",\"readinesProbe\":{}}");

    assertThat(StrictKubernetesModel.problems(deployment))
        .singleElement()
        .asString()
        .contains("readinesProbe");
  }

  @Test
  void refusesAMisspeltFieldInACustomResource() throws Exception {
    JsonNode topic =
        new ObjectMapper()
            .readTree(
                """
        {"apiVersion":"kafka.strimzi.io/v1beta2","kind":"KafkaTopic","metadata":{"name":"t"},
         "spec":{"partitions":3,"replicas":3,"retention":"1d"}}""");

    assertThat(StrictKubernetesModel.problems(topic))
        .singleElement()
        .asString()
        .contains("retention");
  }

  @Test
  void refusesAMisspeltFieldInsideAPodTemplateOfACustomResource() throws Exception {
    Path gateway = RepoLayout.k8s().resolve("base/ingest-gateway");
    ObjectNode rollout = Kustomize.render(gateway).get("Rollout", "ingest-gateway").deepCopy();
    ((ObjectNode) rollout.path("spec").path("template").path("spec")).put("hostNetwrok", true);

    assertThat(StrictKubernetesModel.problems(rollout))
        .singleElement()
        .asString()
        .contains("hostNetwrok");
  }

  @Test
  void refusesAKindItHasNoModelFor() throws Exception {
    JsonNode unknown =
        new ObjectMapper()
            .readTree(
                """
        {"apiVersion":"example.com/v1","kind":"Widget","metadata":{"name":"w"}}""");

    assertThat(StrictKubernetesModel.problems(unknown))
        .singleElement()
        .asString()
        .contains("no model");
  }

  private static JsonNode deploymentWithContainer(String container) throws Exception {
    return new ObjectMapper()
        .readTree(
            """
        {"apiVersion":"apps/v1","kind":"Deployment","metadata":{"name":"d"},
         "spec":{"selector":{"matchLabels":{"a":"b"}},"template":{"metadata":{"labels":{"a":"b"}},
         "spec":{"containers":[%s]}}}}"""
                .formatted(container));
  }
}

package dev.walletplatform.deploychecks;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.walletplatform.deploychecks.crd.Keda;
import dev.walletplatform.deploychecks.crd.Strimzi;
import dev.walletplatform.deploychecks.strict.StrictKubernetesModel;
import dev.walletplatform.deploychecks.support.Kustomize;
import dev.walletplatform.deploychecks.support.RenderedManifests;
import dev.walletplatform.deploychecks.support.RepoLayout;
import dev.walletplatform.deploychecks.support.Workload;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscalerBehavior;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Scaling that absorbs a burst without ever exceeding the partitions or the database's connections.
 */
class AutoscalingPolicyTest {
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  static Stream<Path> overlays() {
    return RepoLayout.overlays().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("overlays")
  void theApplierNeverHasMoreConsumersThanItsTopicsHavePartitions(Path overlay) {
    RenderedManifests rendered = Kustomize.render(overlay);
    Keda.ScaledObject scaled = scaledObject(rendered);
    int threads = envInt(applier(rendered), "APPLIER_CONSUMER_THREADS");
    int maxConsumers = scaled.spec().maxReplicaCount() * threads;

    assertThat(scaled.spec().triggers()).extracting(Keda.Trigger::type).containsOnly("kafka");
    assertThat(scaled.spec().triggers())
        .extracting(t -> t.metadata().get("topic"))
        .as("lag triggers of the applier")
        .contains("wallet.commands.screened.v1", "wallet.commands.v1");
    for (Keda.Trigger trigger : scaled.spec().triggers()) {
      String topic = trigger.metadata().get("topic");
      assertThat(maxConsumers)
          .as(
              "maxReplicaCount %d x %d consumer threads vs partitions of %s",
              scaled.spec().maxReplicaCount(), threads, topic)
          .isLessThanOrEqualTo(partitions(rendered, topic));
      // the applier's group, or the screening topology's (same pods, same thread count)
      assertThat(trigger.metadata().get("consumerGroup")).isIn("ledger-applier", "wallet-streams");
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("overlays")
  void theScreeningTopologyNeverHasMoreThreadsThanTheCommandsTopicHasPartitions(Path overlay)
      throws Exception {
    RenderedManifests rendered = Kustomize.render(overlay);
    Keda.ScaledObject scaled = scaledObject(rendered);
    JsonNode streams = config(rendered, "ledger-applier-config").path("streams");
    int threads = streams.path("threads").asInt();

    assertThat(streams.path("enabled").asBoolean())
        .as("streams.enabled of the applier pods")
        .isTrue();
    assertThat(threads).as("streams.threads").isPositive();
    // a Streams thread beyond the partitions of its source topic gets no task and idles
    assertThat(scaled.spec().maxReplicaCount() * threads)
        .as(
            "maxReplicaCount %d x %d stream threads vs partitions of wallet.commands.v1",
            scaled.spec().maxReplicaCount(), threads)
        .isLessThanOrEqualTo(partitions(rendered, "wallet.commands.v1"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("overlays")
  void theApplierKeepsOneConsumerPerZone(Path overlay) {
    assertThat(scaledObject(Kustomize.render(overlay)).spec().minReplicaCount())
        .isGreaterThanOrEqualTo(3);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("overlays")
  void everyAutoscalerScalesUpAtOnceAndDownSlowly(Path overlay) {
    RenderedManifests rendered = Kustomize.render(overlay);
    assertThat(rendered.ofKind("HorizontalPodAutoscaler"))
        .extracting(RenderedManifests::name)
        .contains("ingest-gateway", "wallet-service");
    for (JsonNode node : rendered.ofKind("HorizontalPodAutoscaler")) {
      HorizontalPodAutoscaler hpa =
          StrictKubernetesModel.parse(node, HorizontalPodAutoscaler.class);
      assertFastUpSlowDown(hpa.getSpec().getBehavior(), RenderedManifests.describe(node));
      String target =
          hpa.getSpec().getScaleTargetRef().getKind()
              + " "
              + hpa.getSpec().getScaleTargetRef().getName();
      JsonNode scaled =
          rendered.get(
              hpa.getSpec().getScaleTargetRef().getKind(),
              hpa.getSpec().getScaleTargetRef().getName());
      // a replicas field in Git would fight the autoscaler on every sync
      assertThat(scaled.path("spec").has("replicas")).as("replicas set on %s", target).isFalse();
    }
    assertFastUpSlowDown(
        scaledObject(rendered).spec().advanced().horizontalPodAutoscalerConfig().behavior(),
        "ScaledObject ledger-applier");
    assertThat(applierNode(rendered).path("spec").has("replicas"))
        .as("replicas set on the applier")
        .isFalse();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("overlays")
  void atMaximumScaleThePoolsStayWithinTheRegionsConnectionBudget(Path overlay) throws Exception {
    RenderedManifests rendered = Kustomize.render(overlay);
    int budget =
        Integer.parseInt(
            rendered
                .get("Namespace", "wallet")
                .path("metadata")
                .path("annotations")
                .path("walletplatform.dev/ledger-db-connection-budget")
                .asText());
    int applierConnections =
        scaledObject(rendered).spec().maxReplicaCount()
            * envInt(applier(rendered), "LEDGER_DB_POOL_SIZE");
    HorizontalPodAutoscaler walletHpa =
        StrictKubernetesModel.parse(
            rendered.get("HorizontalPodAutoscaler", "wallet-service"),
            HorizontalPodAutoscaler.class);
    int walletPool = walletServiceConfig(rendered).path("database").path("poolSize").asInt();
    int readConnections = walletHpa.getSpec().getMaxReplicas() * walletPool;

    assertThat(walletPool).as("wallet-service database.poolSize").isPositive();
    assertThat(applierConnections + readConnections)
        .as(
            "applier %d + wallet-service %d connections at max scale",
            applierConnections, readConnections)
        .isLessThanOrEqualTo(budget);
  }

  private static void assertFastUpSlowDown(HorizontalPodAutoscalerBehavior behavior, String what) {
    assertThat(behavior).as("behavior of %s", what).isNotNull();
    assertThat(behavior.getScaleUp().getStabilizationWindowSeconds())
        .as("scale-up window of %s", what)
        .isZero();
    assertThat(behavior.getScaleDown().getStabilizationWindowSeconds())
        .as("scale-down window of %s", what)
        .isGreaterThanOrEqualTo(300);
  }

  static Keda.ScaledObject scaledObject(RenderedManifests rendered) {
    return StrictKubernetesModel.customResource(
        rendered.get("ScaledObject", "ledger-applier"), Keda.ScaledObject.class);
  }

  private static JsonNode applierNode(RenderedManifests rendered) {
    return rendered.get("Deployment", "ledger-applier");
  }

  static Container applier(RenderedManifests rendered) {
    return Workload.in(rendered).stream()
        .filter(w -> w.name().equals("ledger-applier"))
        .findFirst()
        .orElseThrow()
        .containers()
        .get(0);
  }

  static int envInt(Container container, String name) {
    return container.getEnv().stream()
        .filter(e -> e.getName().equals(name))
        .findFirst()
        .map(e -> Integer.parseInt(e.getValue()))
        .orElseThrow(() -> new AssertionError(container.getName() + " sets no " + name));
  }

  static int partitions(RenderedManifests rendered, String topic) {
    return rendered.ofKind("KafkaTopic").stream()
        .map(node -> StrictKubernetesModel.customResource(node, Strimzi.KafkaTopic.class))
        .filter(t -> topic.equals(t.spec().topicName()))
        .findFirst()
        .map(t -> t.spec().partitions())
        .orElseThrow(() -> new AssertionError("no KafkaTopic declares " + topic));
  }

  private static JsonNode walletServiceConfig(RenderedManifests rendered) throws Exception {
    return config(rendered, "wallet-service-config");
  }

  /** The config.yml of a ConfigMap generated with this name prefix (kustomize appends a hash). */
  private static JsonNode config(RenderedManifests rendered, String configMapPrefix)
      throws Exception {
    JsonNode configMap =
        rendered.ofKind("ConfigMap").stream()
            .filter(c -> RenderedManifests.name(c).startsWith(configMapPrefix))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no ConfigMap " + configMapPrefix + "*"));
    return YAML.readTree(configMap.path("data").path("config.yml").asText());
  }
}

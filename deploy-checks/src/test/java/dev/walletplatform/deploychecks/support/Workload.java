package dev.walletplatform.deploychecks.support;

import com.fasterxml.jackson.databind.JsonNode;
import dev.walletplatform.deploychecks.strict.StrictKubernetesModel;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Something that runs pods: a Deployment, the gateway's Rollout, a Job. */
public record Workload(String kind, String name, String namespace, PodTemplateSpec template) {
  /** Kinds whose pods serve or consume for as long as they run (Jobs finish). */
  private static final Set<String> LONG_RUNNING =
      Set.of("Deployment", "Rollout", "StatefulSet", "DaemonSet");

  private static final Set<String> KINDS =
      Set.of("Deployment", "Rollout", "StatefulSet", "DaemonSet", "Job");

  public static List<Workload> in(RenderedManifests manifests) {
    return manifests.objects().stream()
        .filter(o -> KINDS.contains(o.path("kind").asText()))
        .map(Workload::of)
        .toList();
  }

  static Workload of(JsonNode object) {
    PodTemplateSpec template =
        StrictKubernetesModel.parse(object.path("spec").path("template"), PodTemplateSpec.class);
    return new Workload(
        object.path("kind").asText(),
        RenderedManifests.name(object),
        RenderedManifests.namespace(object),
        template);
  }

  public boolean longRunning() {
    return LONG_RUNNING.contains(kind);
  }

  public PodSpec pod() {
    return template.getSpec();
  }

  public List<Container> containers() {
    return pod().getContainers();
  }

  public Map<String, String> podLabels() {
    return template.getMetadata().getLabels();
  }

  @Override
  public String toString() {
    return kind + " " + namespace + "/" + name;
  }
}

package dev.walletplatform.deploychecks;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.walletplatform.deploychecks.support.Kustomize;
import dev.walletplatform.deploychecks.support.RenderedManifests;
import dev.walletplatform.deploychecks.support.RepoLayout;
import dev.walletplatform.deploychecks.support.Workload;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.NodeSelectorRequirement;
import io.fabric8.kubernetes.api.model.PodSecurityContext;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.SecurityContext;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** What every pod of the deployment must be, checked on the rendered overlays. */
class WorkloadPolicyTest {
  /** The platform's own services: Dropwizard admin ports with /live and /ready. */
  private static final List<String> OWN_SERVICES =
      List.of("ingest-gateway", "ledger-applier", "wallet-service");

  static Stream<Path> overlays() {
    return RepoLayout.overlays().stream();
  }

  static List<Workload> workloads(Path overlay) {
    List<Workload> found = Workload.in(Kustomize.render(overlay));
    assertThat(found).extracting(Workload::name).containsAll(OWN_SERVICES);
    return found;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("overlays")
  void everyContainerHasRequestsAndLimits(Path overlay) {
    for (Workload w : workloads(overlay)) {
      for (Container c : w.containers()) {
        var resources = c.getResources();
        assertThat(resources.getRequests())
            .as("requests of %s in %s", c.getName(), w)
            .containsKeys("cpu", "memory");
        assertThat(resources.getLimits())
            .as("limits of %s in %s", c.getName(), w)
            .containsKeys("cpu", "memory");
        // a JVM sizes its heap from the limit: a limit above the request would be overcommitted
        // memory
        assertThat(resources.getLimits().get("memory"))
            .as("memory limit = request for %s", w)
            .isEqualTo(resources.getRequests().get("memory"));
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("overlays")
  void everyPodRunsNonRootReadOnlyWithoutCapabilities(Path overlay) {
    for (Workload w : workloads(overlay)) {
      PodSecurityContext pod = w.pod().getSecurityContext();
      assertThat(pod).as("pod securityContext of %s", w).isNotNull();
      assertThat(pod.getSeccompProfile().getType())
          .as("seccomp of %s", w)
          .isEqualTo("RuntimeDefault");
      for (Container c : w.containers()) {
        SecurityContext sc = c.getSecurityContext();
        assertThat(sc).as("securityContext of %s in %s", c.getName(), w).isNotNull();
        assertThat(
                Boolean.TRUE.equals(sc.getRunAsNonRoot())
                    || Boolean.TRUE.equals(pod.getRunAsNonRoot()))
            .as("runAsNonRoot for %s in %s", c.getName(), w)
            .isTrue();
        assertThat(sc.getReadOnlyRootFilesystem())
            .as("readOnlyRootFilesystem of %s in %s", c.getName(), w)
            .isTrue();
        assertThat(sc.getAllowPrivilegeEscalation())
            .as("allowPrivilegeEscalation of %s in %s", c.getName(), w)
            .isFalse();
        assertThat(sc.getCapabilities().getDrop())
            .as("dropped capabilities of %s in %s", c.getName(), w)
            .contains("ALL");
        assertThat(sc.getCapabilities().getAdd())
            .as("added capabilities of %s in %s", c.getName(), w)
            .isNullOrEmpty();
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("overlays")
  void everyPodIsScheduledOnArm64Only(Path overlay) {
    for (Workload w : workloads(overlay)) {
      assertThat(requiredNodeValues(w, "kubernetes.io/arch"))
          .as("kubernetes.io/arch of %s", w)
          .containsExactly("arm64");
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("overlays")
  void theGatewayAndTheApplierRunOnOnDemandNodesOnly(Path overlay) {
    for (Workload w : workloads(overlay)) {
      List<String> capacity = requiredNodeValues(w, "karpenter.sh/capacity-type");
      if (w.name().equals("ingest-gateway") || w.name().equals("ledger-applier")) {
        assertThat(capacity).as("capacity types of %s", w).containsExactly("on-demand");
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("overlays")
  void everyImageIsFromARegistryWithAPinnedTag(Path overlay) {
    for (Workload w : workloads(overlay)) {
      for (Container c : w.containers()) {
        String image = c.getImage();
        assertThat(image).as("image of %s in %s", c.getName(), w).contains("/");
        String lastSegment = image.substring(image.lastIndexOf('/') + 1);
        assertThat(
                lastSegment.contains("@sha256:")
                    || lastSegment.matches("[^:]+:[A-Za-z0-9_][A-Za-z0-9_.-]*"))
            .as("image %s of %s has a tag or digest", image, w)
            .isTrue();
        assertThat(lastSegment).as("image of %s", w).doesNotEndWith(":latest");
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("overlays")
  void everyLongRunningContainerHasThreeProbesOnItsAdminPort(Path overlay) {
    for (Workload w : workloads(overlay)) {
      if (!w.longRunning()) {
        continue;
      }
      for (Container c : w.containers()) {
        ContainerPort admin =
            c.getPorts().stream()
                .filter(p -> "admin".equals(p.getName()))
                .findFirst()
                .orElseThrow(
                    () -> new AssertionError(w + " declares no container port named admin"));
        for (Probe probe : probes(c)) {
          assertThat(probe).as("startup, readiness and liveness probes of %s", w).isNotNull();
          assertThat(probePort(probe))
              .as("probe port of %s", w)
              .satisfiesAnyOf(
                  p -> assertThat(p.getStrVal()).isEqualTo("admin"),
                  p -> assertThat(p.getIntVal()).isEqualTo(admin.getContainerPort()));
        }
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("overlays")
  void livenessOfTheServicesNeverDependsOnASharedDependency(Path overlay) {
    for (Workload w : workloads(overlay)) {
      if (OWN_SERVICES.contains(w.name())) {
        Container c = w.containers().get(0);
        // /live checks the process only; /ready, /healthcheck would restart every pod in an outage
        assertThat(c.getLivenessProbe().getHttpGet().getPath())
            .as("liveness path of %s", w)
            .isEqualTo("/live");
        assertThat(c.getReadinessProbe().getHttpGet().getPath())
            .as("readiness path of %s", w)
            .isEqualTo("/ready");
        assertThat(c.getVolumeMounts())
            .as("writable /tmp of %s (read-only root)", w)
            .anySatisfy(m -> assertThat(m.getMountPath()).isEqualTo("/tmp"));
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("overlays")
  void podsBehindALoadBalancerDrainBeforeTheyStop(Path overlay) {
    RenderedManifests rendered = Kustomize.render(overlay);
    for (Workload w : workloads(overlay)) {
      if (w.longRunning()) {
        assertThat(w.pod().getTerminationGracePeriodSeconds())
            .as("terminationGracePeriodSeconds of %s", w)
            .isNotNull();
      }
      if (servedByLoadBalancer(rendered, w)) {
        Container c = w.containers().get(0);
        assertThat(c.getLifecycle()).as("preStop of %s", w).isNotNull();
        Long sleep = c.getLifecycle().getPreStop().getSleep().getSeconds();
        assertThat(w.pod().getTerminationGracePeriodSeconds())
            .as("grace period after preStop of %s", w)
            .isGreaterThan(sleep);
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("overlays")
  void everyLongRunningWorkloadHasAMatchingPodDisruptionBudget(Path overlay) {
    RenderedManifests rendered = Kustomize.render(overlay);
    for (Workload w : workloads(overlay)) {
      if (w.longRunning()) {
        assertThat(rendered.ofKind("PodDisruptionBudget"))
            .as("PodDisruptionBudget selecting %s", w)
            .anySatisfy(
                pdb -> {
                  assertThat(RenderedManifests.namespace(pdb)).isEqualTo(w.namespace());
                  assertThat(
                          selects(
                              pdb.path("spec").path("selector").path("matchLabels"), w.podLabels()))
                      .isTrue();
                });
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("overlays")
  void everyLongRunningWorkloadSpreadsOverZones(Path overlay) {
    for (Workload w : workloads(overlay)) {
      if (w.longRunning()) {
        assertThat(w.pod().getTopologySpreadConstraints())
            .as("zone spread of %s", w)
            .anySatisfy(
                t -> assertThat(t.getTopologyKey()).isEqualTo("topology.kubernetes.io/zone"));
      }
    }
  }

  static boolean selects(JsonNode matchLabels, Map<String, String> podLabels) {
    if (!matchLabels.isObject() || matchLabels.isEmpty()) {
      return false;
    }
    var fields = matchLabels.properties();
    return fields.stream().allMatch(e -> e.getValue().asText().equals(podLabels.get(e.getKey())));
  }

  private static boolean servedByLoadBalancer(RenderedManifests rendered, Workload w) {
    return rendered.ofKind("Service").stream()
        .filter(s -> "LoadBalancer".equals(s.path("spec").path("type").asText()))
        .anyMatch(s -> selects(s.path("spec").path("selector"), w.podLabels()));
  }

  static List<String> requiredNodeValues(Workload w, String key) {
    Map<String, String> selector = Optional.ofNullable(w.pod().getNodeSelector()).orElse(Map.of());
    if (selector.containsKey(key)) {
      return List.of(selector.get(key));
    }
    var affinity = w.pod().getAffinity();
    if (affinity == null
        || affinity.getNodeAffinity() == null
        || affinity.getNodeAffinity().getRequiredDuringSchedulingIgnoredDuringExecution() == null) {
      return List.of();
    }
    // every term must require it: terms are ORed
    List<List<String>> perTerm =
        affinity
            .getNodeAffinity()
            .getRequiredDuringSchedulingIgnoredDuringExecution()
            .getNodeSelectorTerms()
            .stream()
            .map(
                term ->
                    term.getMatchExpressions().stream()
                        .filter(e -> e.getKey().equals(key) && e.getOperator().equals("In"))
                        .map(NodeSelectorRequirement::getValues)
                        .findFirst()
                        .orElse(List.of()))
            .toList();
    return perTerm.stream().allMatch(v -> v.equals(perTerm.get(0))) ? perTerm.get(0) : List.of();
  }

  private static List<Probe> probes(Container c) {
    return java.util.Arrays.asList(
        c.getStartupProbe(), c.getReadinessProbe(), c.getLivenessProbe());
  }

  private static IntOrString probePort(Probe probe) {
    return probe.getHttpGet() != null
        ? probe.getHttpGet().getPort()
        : probe.getTcpSocket().getPort();
  }
}

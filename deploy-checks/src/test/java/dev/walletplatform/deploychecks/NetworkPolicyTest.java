package dev.walletplatform.deploychecks;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.walletplatform.deploychecks.support.Kustomize;
import dev.walletplatform.deploychecks.support.RenderedManifests;
import dev.walletplatform.deploychecks.support.RepoLayout;
import dev.walletplatform.deploychecks.support.Workload;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Deny by default, then only what each workload needs. */
class NetworkPolicyTest {

  static Stream<Path> overlays() {
    return RepoLayout.overlays().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("overlays")
  void everyNamespaceWithNetworkPoliciesDeniesByDefault(Path overlay) {
    RenderedManifests rendered = Kustomize.render(overlay);
    Set<String> namespaces =
        Stream.concat(
                rendered.ofKind("NetworkPolicy").stream().map(RenderedManifests::namespace),
                Workload.in(rendered).stream().map(Workload::namespace))
            .collect(Collectors.toSet());

    for (String namespace : namespaces) {
      assertThat(rendered.ofKind("NetworkPolicy"))
          .as("default-deny policy in namespace %s", namespace)
          .anySatisfy(
              p -> {
                assertThat(RenderedManifests.namespace(p)).isEqualTo(namespace);
                assertThat(p.path("spec").path("podSelector").isEmpty()).isTrue();
                assertThat(p.path("spec").path("policyTypes"))
                    .extracting(JsonNode::asText)
                    .containsExactlyInAnyOrder("Ingress", "Egress");
                assertThat(p.path("spec").has("ingress") || p.path("spec").has("egress")).isFalse();
              });
      assertThat(rendered.ofKind("NetworkPolicy"))
          .as("DNS egress in namespace %s", namespace)
          .anySatisfy(
              p -> assertThat(ports(p.path("spec").path("egress"))).contains("UDP/53", "TCP/53"));
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("overlays")
  void everyWorkloadHasItsOwnPolicy(Path overlay) {
    RenderedManifests rendered = Kustomize.render(overlay);
    for (Workload w : Workload.in(rendered)) {
      assertThat(ownPolicies(rendered, w))
          .as("NetworkPolicy selecting %s by its labels", w)
          .isNotEmpty();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("overlays")
  void prometheusMayScrapeEveryMonitoredAdminPort(Path overlay) {
    RenderedManifests rendered = Kustomize.render(overlay);
    for (Workload w : Workload.in(rendered)) {
      if (!w.longRunning()) {
        continue;
      }
      int admin =
          w.containers().get(0).getPorts().stream()
              .filter(p -> "admin".equals(p.getName()))
              .findFirst()
              .orElseThrow()
              .getContainerPort();
      boolean monitored =
          rendered.ofKind("ServiceMonitor").stream()
              .anyMatch(
                  sm ->
                      rendered.ofKind("Service").stream()
                          .anyMatch(
                              svc ->
                                  WorkloadPolicyTest.selects(
                                          sm.path("spec").path("selector").path("matchLabels"),
                                          labels(svc))
                                      && WorkloadPolicyTest.selects(
                                          svc.path("spec").path("selector"), w.podLabels())));
      if (monitored) {
        assertThat(
                ownPolicies(rendered, w).stream()
                    .flatMap(p -> p.path("spec").path("ingress").valueStream())
                    .filter(
                        rule ->
                            rule.path("from")
                                .valueStream()
                                .anyMatch(NetworkPolicyTest::isPrometheus))
                    .flatMap(rule -> ports(rule).stream()))
            .as("ingress from Prometheus to %s's admin port %d", w, admin)
            .contains("TCP/" + admin);
      }
    }
  }

  private static List<JsonNode> ownPolicies(RenderedManifests rendered, Workload w) {
    return rendered.ofKind("NetworkPolicy").stream()
        .filter(p -> RenderedManifests.namespace(p).equals(w.namespace()))
        .filter(
            p ->
                WorkloadPolicyTest.selects(
                    p.path("spec").path("podSelector").path("matchLabels"), w.podLabels()))
        .toList();
  }

  private static boolean isPrometheus(JsonNode peer) {
    return "monitoring"
            .equals(
                peer.path("namespaceSelector")
                    .path("matchLabels")
                    .path("kubernetes.io/metadata.name")
                    .asText())
        && "prometheus"
            .equals(
                peer.path("podSelector")
                    .path("matchLabels")
                    .path("app.kubernetes.io/name")
                    .asText());
  }

  private static java.util.Map<String, String> labels(JsonNode object) {
    java.util.Map<String, String> labels = new java.util.HashMap<>();
    object
        .path("metadata")
        .path("labels")
        .properties()
        .forEach(e -> labels.put(e.getKey(), e.getValue().asText()));
    return labels;
  }

  /** "TCP/9096"-style entries of the rules' ports. */
  private static List<String> ports(JsonNode rules) {
    return rules.findValues("ports").stream()
        .flatMap(JsonNode::valueStream)
        .map(p -> p.path("protocol").asText("TCP") + "/" + p.path("port").asText())
        .toList();
  }
}

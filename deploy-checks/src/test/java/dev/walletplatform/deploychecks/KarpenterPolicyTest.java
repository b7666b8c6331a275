package dev.walletplatform.deploychecks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.walletplatform.deploychecks.crd.Karpenter;
import dev.walletplatform.deploychecks.strict.StrictKubernetesModel;
import dev.walletplatform.deploychecks.support.Kustomize;
import dev.walletplatform.deploychecks.support.RenderedManifests;
import dev.walletplatform.deploychecks.support.RepoLayout;
import io.fabric8.kubernetes.api.model.NodeSelectorRequirement;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Graviton only, on-demand where a reclaim hurts, consolidation within budgets, encrypted disks.
 */
class KarpenterPolicyTest {
  /**
   * Graviton instance families are the ones whose name ends the generation with "g": c7g, m8g,
   * r7gd.
   */
  private static final String GRAVITON_FAMILY = "[a-z]+[0-9]+g[a-z]*";

  static Stream<Path> overlays() {
    return RepoLayout.overlays().stream();
  }

  static List<Karpenter.NodePool> nodePools(RenderedManifests rendered) {
    return rendered.ofKind("NodePool").stream()
        .map(n -> StrictKubernetesModel.customResource(n, Karpenter.NodePool.class))
        .toList();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("overlays")
  void everyNodePoolLaunchesGravitonOnly(Path overlay) {
    List<Karpenter.NodePool> pools = nodePools(Kustomize.render(overlay));
    assertThat(pools).isNotEmpty();
    for (Karpenter.NodePool pool : pools) {
      String name = pool.metadata().getName();
      assertThat(values(pool, "kubernetes.io/arch"))
          .as("arch of NodePool %s", name)
          .containsExactly("arm64");
      assertThat(values(pool, "karpenter.k8s.aws/instance-family"))
          .as("instance families of NodePool %s", name)
          .isNotEmpty()
          .allMatch(f -> f.matches(GRAVITON_FAMILY));
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("overlays")
  void theCriticalPoolIsOnDemandAndTheGeneralPoolMayUseSpot(Path overlay) {
    List<Karpenter.NodePool> pools = nodePools(Kustomize.render(overlay));
    Karpenter.NodePool critical =
        pools.stream()
            .filter(p -> p.metadata().getName().equals("critical"))
            .findFirst()
            .orElseThrow();
    Karpenter.NodePool general =
        pools.stream()
            .filter(p -> p.metadata().getName().equals("general"))
            .findFirst()
            .orElseThrow();

    assertThat(values(critical, "karpenter.sh/capacity-type")).containsExactly("on-demand");
    assertThat(critical.spec().template().spec().taints())
        .as("taint keeping other pods off the critical pool")
        .isNotEmpty();
    assertThat(values(general, "karpenter.sh/capacity-type")).contains("spot");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("overlays")
  void everyNodePoolConsolidatesWithinADisruptionBudget(Path overlay) {
    for (Karpenter.NodePool pool : nodePools(Kustomize.render(overlay))) {
      assertThat(pool.spec().disruption().consolidationPolicy())
          .as("consolidation of %s", pool.metadata().getName())
          .isEqualTo(Karpenter.ConsolidationPolicy.WhenEmptyOrUnderutilized);
      assertThat(pool.spec().disruption().budgets())
          .as("disruption budgets of %s", pool.metadata().getName())
          .isNotEmpty();
      assertThat(pool.spec().limits())
          .as("limits of %s (a runaway scale-out stops somewhere)", pool.metadata().getName())
          .containsKey("cpu");
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("overlays")
  void nodesHaveEncryptedVolumesImdsV2AndAPinnedImage(Path overlay) {
    for (var node : Kustomize.render(overlay).ofKind("EC2NodeClass")) {
      Karpenter.Ec2NodeClass nodeClass =
          StrictKubernetesModel.customResource(node, Karpenter.Ec2NodeClass.class);
      assertThat(nodeClass.spec().blockDeviceMappings())
          .isNotEmpty()
          .allSatisfy(
              b -> assertThat(b.ebs().encrypted()).as("encryption of %s", b.deviceName()).isTrue());
      assertThat(nodeClass.spec().metadataOptions().httpTokens()).isEqualTo("required");
      assertThat(nodeClass.spec().amiSelectorTerms())
          .allSatisfy(t -> assertThat(t.alias()).doesNotEndWith("@latest"));
    }
  }

  private static List<String> values(Karpenter.NodePool pool, String key) {
    return pool.spec().template().spec().requirements().stream()
        .filter(r -> r.getKey().equals(key) && r.getOperator().equals("In"))
        .map(NodeSelectorRequirement::getValues)
        .findFirst()
        .orElse(List.of());
  }
}

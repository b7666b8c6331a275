package dev.walletplatform.deploychecks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.walletplatform.deploychecks.support.Kustomize;
import dev.walletplatform.deploychecks.support.RenderedManifests;
import dev.walletplatform.deploychecks.support.RepoLayout;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class KustomizeRenderTest {

  static Stream<Path> kustomizations() {
    return RepoLayout.kustomizations().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("kustomizations")
  void rendersWithKubectlKustomize(Path dir) {
    RenderedManifests rendered = Kustomize.render(dir);

    assertThat(rendered.objects()).as("objects rendered from %s", dir).isNotEmpty();
    assertThat(rendered.objects())
        .allSatisfy(
            o -> {
              assertThat(o.path("apiVersion").asText())
                  .as("apiVersion of %s", RenderedManifests.describe(o))
                  .isNotBlank();
              assertThat(o.path("kind").asText()).as("kind of an object in %s", dir).isNotBlank();
              assertThat(RenderedManifests.name(o))
                  .as("name of a %s in %s", o.path("kind").asText(), dir)
                  .isNotBlank();
            });
  }

  @Test
  void hasOneOverlayPerApplicationRegion() {
    List<String> regions =
        RepoLayout.overlays().stream().map(p -> p.getFileName().toString()).toList();

    assertThat(regions).containsExactly("eu-central-1", "eu-west-1");
  }

  @Test
  void rendersNoObjectTwice() {
    for (Path overlay : RepoLayout.overlays()) {
      List<String> ids =
          Kustomize.render(overlay).objects().stream().map(RenderedManifests::describe).toList();

      assertThat(ids).as("objects of %s", overlay).doesNotHaveDuplicates();
    }
  }
}

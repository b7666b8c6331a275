package dev.walletplatform.deploychecks.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@code kubectl kustomize} of a folder, parsed into one tree per object. Renders are cached: every
 * test class reads the same overlays, and kubectl takes a few hundred milliseconds per render.
 */
public final class Kustomize {
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
  private static final Map<Path, RenderedManifests> CACHE = new ConcurrentHashMap<>();

  private Kustomize() {}

  /** The rendered folder; skips the calling test, saying so, when kubectl is not installed. */
  public static RenderedManifests render(Path kustomization) {
    ExternalTool kubectl =
        ExternalTool.require(
            MachineImageTool.KUBECTL,
            "the objects "
                + RepoLayout.root().relativize(kustomization)
                + " renders to (kubectl kustomize)");
    return CACHE.computeIfAbsent(
        kustomization.toAbsolutePath().normalize(), dir -> renderWith(kubectl, dir));
  }

  private static RenderedManifests renderWith(ExternalTool kubectl, Path dir) {
    ExternalTool.Result result =
        kubectl.run(dir, Map.of(), Duration.ofMinutes(1), "kustomize", ".");
    if (!result.ok()) {
      throw new AssertionError(
          "kubectl kustomize "
              + RepoLayout.root().relativize(dir)
              + " failed:\n"
              + result.output());
    }
    return new RenderedManifests(RepoLayout.root().relativize(dir), parse(result.output()));
  }

  static List<JsonNode> parse(String yaml) {
    try {
      return YAML.readerFor(JsonNode.class).<JsonNode>readValues(yaml).readAll().stream()
          .filter(node -> node != null && !node.isNull() && !node.isEmpty())
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("kubectl kustomize printed something that is not YAML", e);
    }
  }
}

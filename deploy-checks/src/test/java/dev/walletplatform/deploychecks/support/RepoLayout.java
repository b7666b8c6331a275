package dev.walletplatform.deploychecks.support;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Where the deployment lives in the repository, found from the module's working directory. */
public final class RepoLayout {
  private static final Path ROOT = findRoot();

  private RepoLayout() {}

  public static Path root() {
    return ROOT;
  }

  public static Path k8s() {
    return ROOT.resolve("k8s");
  }

  public static Path terraform() {
    return ROOT.resolve("terraform");
  }

  public static Path runbooks() {
    return ROOT.resolve("docs/runbooks");
  }

  /** Scratch space under this module's target/, so no check writes into the tree it checks. */
  public static Path target(String name) {
    return ROOT.resolve("deploy-checks/target").resolve(name);
  }

  /** The region overlays, by folder name (eu-west-1, ...). */
  public static List<Path> overlays() {
    return children(k8s().resolve("overlays"));
  }

  /**
   * Every folder with a kustomization: the bases, the overlays and the Argo CD control-plane one.
   */
  public static List<Path> kustomizations() {
    try (Stream<Path> files = Files.walk(k8s())) {
      return files
          .filter(p -> p.getFileName().toString().equals("kustomization.yaml"))
          .map(Path::getParent)
          .sorted()
          .toList();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  public static List<Path> children(Path dir) {
    try (Stream<Path> entries = Files.list(dir)) {
      return entries.filter(Files::isDirectory).sorted().toList();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static Path findRoot() {
    Path dir = Path.of("").toAbsolutePath();
    for (Path p = dir; p != null; p = p.getParent()) {
      if (Files.isDirectory(p.resolve("k8s"))
          && Files.isDirectory(p.resolve("terraform"))
          && Files.isRegularFile(p.resolve("pom.xml"))) {
        return p;
      }
    }
    throw new IllegalStateException("no repository root (with k8s/ and terraform/) above " + dir);
  }
}

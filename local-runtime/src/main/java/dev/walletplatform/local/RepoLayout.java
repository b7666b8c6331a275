package dev.walletplatform.local;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds the checkout's root from the working directory (the run script starts at the root, Maven
 * tests in local-runtime/), so the services start with the very config files committed for them.
 */
public final class RepoLayout {
  private final Path root;

  private RepoLayout(Path root) {
    this.root = root;
  }

  public static RepoLayout find() {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      if (Files.isRegularFile(dir.resolve("ingest-gateway/config/local.yml"))) {
        return new RepoLayout(dir);
      }
    }
    throw new IllegalStateException(
        "not inside the wallet-platform checkout: no ingest-gateway/config/local.yml above "
            + Path.of("").toAbsolutePath());
  }

  /** Where walletctl's launcher is: {@code walletctl/bin}, which the operator's PATH gets. */
  public Path walletctlBin() {
    return root.resolve("walletctl").resolve("bin");
  }

  /** The Kubernetes manifests: {@code k8s/} (rules and dashboards the local Prometheus reads). */
  public Path k8s() {
    return root.resolve("k8s");
  }

  /** {@code <module>/config/local.yml}. */
  public Path localConfig(String module) {
    Path config = root.resolve(module).resolve("config").resolve("local.yml");
    if (!Files.isRegularFile(config)) {
      throw new IllegalStateException("missing service config " + config);
    }
    return config;
  }
}

package dev.walletplatform.deploychecks.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A copy of terraform/ under deploy-checks/target, where init may write .terraform/ and lock files
 * without touching the repository, and the CLI configuration that makes init use the offline
 * provider mirror (terraform/offline-mirror.tfrc.template).
 */
public final class TerraformWorkspace {
  /** The provider version the environments pin (= 5.100.0): the mirror must hold exactly it. */
  public static final String AWS_PROVIDER_VERSION = "5.100.0";

  private static final String MIRRORED =
      "registry.terraform.io/hashicorp/aws/" + AWS_PROVIDER_VERSION;
  private static final List<String> USUAL_MIRRORS =
      List.of(
          "/opt/tf-plugins",
          "/usr/share/terraform/plugins",
          "/usr/local/share/terraform/plugins",
          System.getProperty("user.home") + "/.terraform.d/plugins",
          System.getProperty("user.home") + "/.local/share/terraform/plugins");

  private static TerraformWorkspace shared;

  private final Path tree;
  private final Path cliConfig;

  private TerraformWorkspace(Path tree, Path cliConfig) {
    this.tree = tree;
    this.cliConfig = cliConfig;
  }

  /**
   * A fresh copy of terraform/ with a CLI config pointing at the mirror (if there is one), made
   * once per test run: the checks then run in it side by side.
   */
  public static synchronized TerraformWorkspace get() {
    if (shared == null) {
      shared = create(findMirror());
    }
    return shared;
  }

  public boolean hasMirror() {
    try {
      return !Files.readString(cliConfig).isBlank();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static TerraformWorkspace create(Optional<Path> mirror) {
    Path root = RepoLayout.target("terraform-checks");
    Path tree = root.resolve("terraform");
    try {
      deleteRecursively(tree);
      copyTree(RepoLayout.terraform(), tree);
      String template =
          Files.readString(RepoLayout.terraform().resolve("offline-mirror.tfrc.template"));
      Path cli = root.resolve("offline.tfrc");
      // without a mirror, an empty configuration: fmt needs none, and nothing is downloaded by
      // accident
      Files.writeString(
          cli, mirror.map(m -> template.replace("@MIRROR_DIR@", m.toString())).orElse(""));
      return new TerraformWorkspace(tree, cli);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot prepare " + tree, e);
    }
  }

  /**
   * TF_PROVIDER_MIRROR if set, else the first usual location that holds the pinned hashicorp/aws.
   */
  public static Optional<Path> findMirror() {
    String configured = System.getenv("TF_PROVIDER_MIRROR");
    Stream<String> candidates =
        configured != null && !configured.isBlank()
            ? Stream.of(configured)
            : USUAL_MIRRORS.stream();
    return candidates
        .map(Path::of)
        .filter(p -> Files.isDirectory(p.resolve(MIRRORED).resolve(platform())))
        .findFirst();
  }

  /**
   * Terraform's name for this machine's platform: the mirror must hold the provider built for it.
   */
  static String platform() {
    String os =
        System.getProperty("os.name").toLowerCase(java.util.Locale.ROOT).startsWith("mac")
            ? "darwin"
            : System.getProperty("os.name").toLowerCase(java.util.Locale.ROOT).split(" ")[0];
    String arch =
        switch (System.getProperty("os.arch")) {
          case "amd64", "x86_64" -> "amd64";
          case "aarch64", "arm64" -> "arm64";
          default -> System.getProperty("os.arch");
        };
    return os + "_" + arch;
  }

  /**
   * What is missing, what it would have checked and how to get it. The mirror is only ever found on
   * the filesystem: CI reaches no terraform registry, and the checks download nothing.
   */
  public static String missingMirrorMessage(String whatItChecks) {
    String configured = System.getenv("TF_PROVIDER_MIRROR");
    String lookedAt =
        configured != null && !configured.isBlank()
            ? "TF_PROVIDER_MIRROR=" + configured
            : "TF_PROVIDER_MIRROR unset, so " + USUAL_MIRRORS;
    return "no offline mirror of hashicorp/aws "
        + AWS_PROVIDER_VERSION
        + " for "
        + platform()
        + " (looked at "
        + lookedAt
        + "): this test did not run, so it did not check "
        + whatItChecks
        + ". The mirror is not a"
        + " package scripts/test.sh could install: it is part of the machine image (CI's has /opt/tf-plugins)."
        + " To run this check, unpack HashiCorp's terraform-provider-aws_"
        + AWS_PROVIDER_VERSION
        + "_"
        + platform()
        + ".zip into <dir>/"
        + MIRRORED
        + "/"
        + platform()
        + "/ and set TF_PROVIDER_MIRROR=<dir>.";
  }

  public Path path(String relative) {
    return tree.resolve(relative);
  }

  /**
   * The environment every terraform run gets: our CLI config, no prompts, no update checks, and no
   * AWS profile (modules/region's test configures the real provider with offline keys, and a
   * profile named by the caller's environment that its AWS config lacks would fail that
   * configuration).
   */
  public Map<String, String> environment() {
    return Map.of(
        "TF_CLI_CONFIG_FILE",
        cliConfig.toString(),
        "TF_IN_AUTOMATION",
        "1",
        "TF_INPUT",
        "0",
        "CHECKPOINT_DISABLE",
        "1",
        "TF_DATA_DIR",
        ".terraform",
        "AWS_PROFILE",
        "");
  }

  private static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path source : files.filter(p -> !p.toString().contains("/.terraform")).toList()) {
        Path target = to.resolve(from.relativize(source).toString());
        if (Files.isDirectory(source)) {
          Files.createDirectories(target);
        } else if (!source.getFileName().toString().endsWith(".tfstate")) {
          Files.copy(source, target);
        }
      }
    }
  }

  private static void deleteRecursively(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}

package dev.walletplatform.deploychecks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.walletplatform.deploychecks.support.ExternalTool;
import dev.walletplatform.deploychecks.support.MachineImageTool;
import dev.walletplatform.deploychecks.support.RepoLayout;
import dev.walletplatform.deploychecks.support.TerraformWorkspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * terraform fmt, validate per environment, and each module's terraform test (mocked AWS provider:
 * no credentials, no network). Runs on a copy under target/, with the offline provider mirror.
 */
class TerraformChecksTest {
  private static final Duration TIMEOUT = Duration.ofMinutes(3);
  private static final String VALIDATE_AND_TEST =
      "the environments (terraform init + validate) and the modules' invariants (terraform test)";

  /**
   * Terraform is mostly waiting on the provider plugin's start: a few in parallel halve the time.
   */
  private static final ExecutorService RUNS = Executors.newFixedThreadPool(3);

  private static Map<String, CompletableFuture<String>> runs;

  @AfterAll
  static void stopRuns() {
    RUNS.shutdownNow();
  }

  @Test
  void everyFileIsFormatted() {
    ExternalTool terraform =
        ExternalTool.require(
            MachineImageTool.TERRAFORM,
            "that every file under terraform/ is formatted (terraform fmt -check -recursive)");
    TerraformWorkspace workspace = TerraformWorkspace.get();

    ExternalTool.Result fmt =
        terraform.run(
            RepoLayout.terraform(),
            workspace.environment(),
            TIMEOUT,
            "fmt",
            "-check",
            "-recursive",
            "-diff",
            "-no-color");

    assertThat(fmt.ok())
        .as("terraform fmt -check -recursive found files to format:\n%s", fmt.output())
        .isTrue();
  }

  static Stream<String> environments() {
    return RepoLayout.children(RepoLayout.terraform().resolve("environments")).stream()
        .map(p -> p.getFileName().toString());
  }

  static Stream<String> testedModules() {
    return RepoLayout.children(RepoLayout.terraform().resolve("modules")).stream()
        .filter(m -> Files.isDirectory(m.resolve("tests")))
        .map(p -> p.getFileName().toString());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("environments")
  void everyEnvironmentInitialisesOfflineAndValidates(String environment) {
    assertThat(runs().get("environments/" + environment).join())
        .contains("The configuration is valid");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("testedModules")
  void everyModuleKeepsItsInvariants(String module) {
    assertThat(runs().get("modules/" + module).join())
        .containsPattern("Success! \\d+ passed, 0 failed");
  }

  @Test
  void theKeyModulesHaveTests() {
    assertThat(testedModules())
        .contains("network", "eks", "karpenter", "msk", "secrets", "workload-identity", "region");
  }

  /**
   * Every environment's init + validate and every module's init + test, started together on the
   * first call (skipped, with the reason, when terraform or the provider mirror is missing).
   */
  private static synchronized Map<String, CompletableFuture<String>> runs() {
    ExternalTool terraform = ExternalTool.require(MachineImageTool.TERRAFORM, VALIDATE_AND_TEST);
    TerraformWorkspace workspace = TerraformWorkspace.get();
    Assumptions.assumeTrue(
        workspace.hasMirror(), () -> TerraformWorkspace.missingMirrorMessage(VALIDATE_AND_TEST));
    if (runs == null) {
      Map<String, CompletableFuture<String>> started = new java.util.LinkedHashMap<>();
      environments()
          .forEach(
              e ->
                  started.put(
                      "environments/" + e,
                      inBackground(
                          terraform,
                          workspace,
                          workspace.path("environments/" + e),
                          List.of("validate", "-no-color"))));
      testedModules()
          .forEach(
              m ->
                  started.put(
                      "modules/" + m,
                      inBackground(
                          terraform,
                          workspace,
                          workspace.path("modules/" + m),
                          List.of("test", "-no-color"))));
      runs = started;
    }
    return runs;
  }

  /**
   * init -backend=false, then the command; the future fails with the output of whichever step
   * failed.
   */
  private static CompletableFuture<String> inBackground(
      ExternalTool terraform, TerraformWorkspace workspace, Path dir, List<String> command) {
    Map<String, String> env = workspace.environment();
    return CompletableFuture.supplyAsync(
        () -> {
          ExternalTool.Result init =
              terraform.run(
                  dir, env, TIMEOUT, "init", "-backend=false", "-input=false", "-no-color");
          if (!init.ok()) {
            throw new AssertionError(
                "terraform init -backend=false in " + dir + " failed:\n" + init.output());
          }
          ExternalTool.Result result =
              terraform.run(dir, env, TIMEOUT, command.toArray(String[]::new));
          if (!result.ok()) {
            throw new AssertionError(
                "terraform "
                    + String.join(" ", command)
                    + " in "
                    + dir
                    + " failed:\n"
                    + result.output());
          }
          return result.output();
        },
        RUNS);
  }
}

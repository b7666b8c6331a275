package dev.walletplatform.walletctl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.walletplatform.schemas.registry.SchemaRegistryException;
import dev.walletplatform.walletctl.ExitCode;
import dev.walletplatform.walletctl.NotFoundException;
import dev.walletplatform.walletctl.config.Environment;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ConnectException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * Exit codes scripts rely on, checked without any server: parsing, refusals made before connecting,
 * classification.
 */
class ExitCodesTest {
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return WalletctlCli.create(
            new Environment(Map.of()), new PrintWriter(out, true), new PrintWriter(err, true))
        .execute(args);
  }

  @Test
  void keepsTheDocumentedNumbers() {
    assertThat(List.of(ExitCode.values()))
        .extracting(ExitCode::code)
        .containsExactly(0, 1, 2, 3, 4, 5, 6);
    assertThat(ExitCode.USAGE.code()).isEqualTo(CommandLine.ExitCode.USAGE);
  }

  @Test
  void answersHelpOnEveryCommandWithTheExitCodeTable() {
    CommandLine root =
        WalletctlCli.create(new Environment(Map.of()), new PrintWriter(out), new PrintWriter(err));
    List<List<String>> commands = new ArrayList<>();
    collect(root, new ArrayList<>(), commands);
    assertThat(commands).hasSizeGreaterThanOrEqualTo(9);
    for (List<String> command : commands) {
      StringWriter help = new StringWriter();
      List<String> args = new ArrayList<>(command);
      args.add("--help");
      int code =
          WalletctlCli.create(
                  new Environment(Map.of()),
                  new PrintWriter(help, true),
                  new PrintWriter(err, true))
              .execute(args.toArray(String[]::new));
      assertThat(code).as("exit of %s --help", command).isZero();
      assertThat(help.toString())
          .as("help of %s", command)
          .contains("Usage: walletctl")
          .contains("Exit codes:")
          .contains("5   refused as unsafe");
    }
  }

  @Test
  void exitsWithUsageForAnUnknownOptionOrCommandOrAMissingOne() {
    assertThat(run("replay", "--topic", "wallet.commands.screened.v1", "--from-tme", "2026-03-14"))
        .isEqualTo(2);
    assertThat(err.toString()).contains("Unknown option").contains("--from-time");
    assertThat(run("rewind")).isEqualTo(2);
    assertThat(run()).isEqualTo(2);
    assertThat(run("dlq")).isEqualTo(2);
    assertThat(run("replay", "--topic", "wallet.commands.screened.v1"))
        .as("no start of the window")
        .isEqualTo(2);
  }

  @Test
  void exitsWithUsageForABadTimeOrWindowBeforeConnectingAnywhere() {
    assertThat(run("replay", "--topic", "wallet.commands.screened.v1", "--from-time", "yesterday"))
        .isEqualTo(2);
    assertThat(err.toString()).contains("'yesterday' is not a time");
    assertThat(
            run(
                "replay",
                "--topic",
                "wallet.commands.screened.v1",
                "--from-time",
                "2026-03-14T10:00",
                "--to-time",
                "2026-03-14T10:00+01:00"))
        .isEqualTo(2);
    assertThat(err.toString()).contains("bad time window");
    assertThat(
            run(
                "replay",
                "--topic",
                "wallet.commands.screened.v1",
                "--from-offset",
                "0",
                "--only-missing"))
        .isEqualTo(2);
    assertThat(err.toString()).contains("--only-missing needs --db-url");
    assertThat(run("dlq", "redrive")).as("a redrive must select letters").isEqualTo(2);
  }

  @Test
  void classifiesFailuresNobodyTranslatedByWhatTheyMean() {
    assertThat(Failures.classify(new TimeoutException("node assignment")).exitCode())
        .isEqualTo(ExitCode.UNREACHABLE);
    assertThat(Failures.classify(new UnknownTopicOrPartitionException("no such topic")).exitCode())
        .isEqualTo(ExitCode.NOT_FOUND);
    assertThat(
            Failures.classify(new SchemaRegistryException("down", -1, new ConnectException()))
                .exitCode())
        .isEqualTo(ExitCode.UNREACHABLE);
    assertThat(Failures.classify(new SchemaRegistryException("bad gateway", 502, null)).exitCode())
        .isEqualTo(ExitCode.UNREACHABLE);
    assertThat(Failures.classify(new NotFoundException("no group")).exitCode())
        .isEqualTo(ExitCode.NOT_FOUND);
    assertThat(Failures.classify(new IllegalStateException("bug")).exitCode())
        .isEqualTo(ExitCode.FAILED);
  }

  @Test
  void printsOneLineWithTheCommandAndTheStateForAFailure() {
    int code = run("lag", "--bootstrap-servers", "127.0.0.1:1", "--timeout", "PT1S");

    assertThat(code).isEqualTo(4);
    assertThat(err.toString())
        .startsWith("walletctl lag: no answer from Kafka at 127.0.0.1:1 within PT1S");
    assertThat(err.toString())
        .doesNotContain("at dev.walletplatform"); // no stack trace without WALLETCTL_DEBUG
  }

  private static void collect(CommandLine command, List<String> path, List<List<String>> all) {
    all.add(path);
    command
        .getSubcommands()
        .forEach(
            (name, sub) -> {
              if (!name.equals("help")) {
                List<String> child = new ArrayList<>(path);
                child.add(name);
                collect(sub, child, all);
              }
            });
  }
}

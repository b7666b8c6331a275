package dev.walletplatform.walletctl.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunbookTest {
  private static final Map<String, String> ENV =
      Map.of("LEDGER_DB_URL", "jdbc:postgresql://db:5432/ledger");

  @Test
  void splitsAsAShellDoesWithQuotesAndVariables() {
    Runbook.Step step =
        Runbook.step(
            "walletctl replay --db-url \"$LEDGER_DB_URL\" --reason 'INC-1 \"x\"' a\\ b"
                + " ${LEDGER_DB_URL}/x",
            ENV);

    assertThat(step.args())
        .containsExactly(
            "replay",
            "--db-url",
            "jdbc:postgresql://db:5432/ledger",
            "--reason",
            "INC-1 \"x\"",
            "a b",
            "jdbc:postgresql://db:5432/ledger/x");
    assertThat(step.expectedExit()).isZero();
  }

  @Test
  void readsTheExpectedExitFromATrailingComment() {
    assertThat(Runbook.step("walletctl dlq redrive --id 0-1   # exits 5: still undecodable", ENV))
        .extracting(Runbook.Step::args, Runbook.Step::expectedExit)
        .containsExactly(List.of("dlq", "redrive", "--id", "0-1"), 5);
  }

  @Test
  void collectsOnlyWalletctlLinesOfShellBlocksJoiningContinuations(@TempDir Path dir)
      throws Exception {
    Path markdown = dir.resolve("runbook.md");
    Files.writeString(
        markdown,
        """
        Run `walletctl lag` inline: not a step.
        ```bash
        export LEDGER_DB_URL=jdbc:postgresql://localhost:5432/ledger
        walletctl lag --group ledger-applier
        walletctl replay --topic wallet.commands.screened.v1 \\
          --from-offset 0 --db-url "$LEDGER_DB_URL"
        ```
        ```text
        walletctl output, not a step
        ```
        """);

    List<Runbook.Step> steps = Runbook.steps(markdown, ENV);

    assertThat(steps)
        .extracting(Runbook.Step::args)
        .containsExactly(
            List.of("lag", "--group", "ledger-applier"),
            List.of(
                "replay",
                "--topic",
                "wallet.commands.screened.v1",
                "--from-offset",
                "0",
                "--db-url",
                "jdbc:postgresql://db:5432/ledger"));
  }
}

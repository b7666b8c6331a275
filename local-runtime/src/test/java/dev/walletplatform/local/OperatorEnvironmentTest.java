package dev.walletplatform.local;

import static org.assertj.core.api.Assertions.assertThat;

import dev.walletplatform.walletctl.config.Environment;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The block run-local prints for operators: lines a shell takes as they are, under walletctl's own
 * names.
 */
class OperatorEnvironmentTest {
  private final OperatorEnvironment environment =
      OperatorEnvironment.of(
          "127.0.0.1:40231",
          "http://127.0.0.1:8085",
          "jdbc:postgresql://127.0.0.1:36859/ledger",
          "postgres",
          "postgres",
          Path.of("/repo/walletctl/bin"));

  @Test
  void exportsWhatWalletctlNeedsAndPutsItsLauncherOnPath() {
    assertThat(environment.exportLines())
        .containsExactly(
            "export KAFKA_BOOTSTRAP_SERVERS=127.0.0.1:40231",
            "export SCHEMA_REGISTRY_URL=http://127.0.0.1:8085",
            "export LEDGER_DB_URL=jdbc:postgresql://127.0.0.1:36859/ledger",
            "export LEDGER_DB_USER=postgres",
            "export LEDGER_DB_PASSWORD=postgres",
            "export PATH=\"/repo/walletctl/bin:$PATH\"");
  }

  @Test
  void usesTheNamesWalletctlReads() {
    assertThat(environment.variables())
        .containsKeys(
            Environment.BOOTSTRAP_SERVERS,
            Environment.REGISTRY_URL,
            Environment.DB_USER,
            Environment.DB_PASSWORD);
  }

  @Test
  void quotesWhatTheShellWouldSplitOrExpand() {
    OperatorEnvironment odd =
        OperatorEnvironment.of(
            "127.0.0.1:9092",
            "http://127.0.0.1:8085",
            "jdbc:postgresql://127.0.0.1:5432/ledger",
            "ledger",
            "it's $ecret",
            Path.of("/my repo/walletctl/bin"));

    assertThat(odd.exportLines())
        .contains(
            "export LEDGER_DB_PASSWORD='it'\\''s $ecret'",
            "export PATH=\"/my repo/walletctl/bin:$PATH\"");
  }
}

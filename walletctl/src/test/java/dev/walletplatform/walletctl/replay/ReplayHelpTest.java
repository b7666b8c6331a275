package dev.walletplatform.walletctl.replay;

import static org.assertj.core.api.Assertions.assertThat;

import dev.walletplatform.schemas.Topics;
import dev.walletplatform.walletctl.cli.WalletctlCli;
import dev.walletplatform.walletctl.config.Environment;
import dev.walletplatform.walletctl.kafka.IdempotentTopics;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What an operator reads in {@code walletctl replay --help} names the topics replay really writes
 * to: the applier's inputs, the screened commands among them, not the gateway's topic (which it
 * refuses). Built from the topic constants, so a renamed topic cannot leave the help behind.
 */
class ReplayHelpTest {

  @Test
  void namesTheScreenedCommandsTopicThatReplayWritesTo() {
    String help = help("replay", "--help");

    assertThat(help)
        .contains(
            "Re-produce a window of "
                + Topics.SCREENED_COMMANDS
                + " (the commands abuse screening"
                + " passed) or "
                + Topics.EVENTS);
    assertThat(help)
        .contains(
            "--topic=TOPIC "
                + Topics.SCREENED_COMMANDS
                + " or "
                + Topics.EVENTS
                + ", the ledger"
                + " applier's inputs");
    assertThat(help).doesNotContain("window of " + Topics.COMMANDS);
  }

  @Test
  void offersExactlyTheTopicsReplayAccepts() {
    assertThat(IdempotentTopics.TOPICS)
        .containsExactlyInAnyOrder(Topics.SCREENED_COMMANDS, Topics.EVENTS);
  }

  /** The help as one line: picocli wraps it at the terminal's width. */
  private static String help(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code =
        WalletctlCli.create(
                new Environment(Map.of()), new PrintWriter(out, true), new PrintWriter(err, true))
            .execute(args);
    assertThat(code).as("exit of walletctl %s (stderr: %s)", String.join(" ", args), err).isZero();
    return out.toString().replaceAll("\\s+", " ");
  }
}

package dev.walletplatform.walletctl.dlq;

import dev.walletplatform.schemas.Topics;
import dev.walletplatform.walletctl.config.ClusterOptions;
import dev.walletplatform.walletctl.kafka.KafkaSession;
import dev.walletplatform.walletctl.output.TextTable;
import java.io.PrintWriter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code walletctl dlq list}: counts by error code and source topic, then one line per letter.
 * Read-only.
 */
@Command(
    name = "list",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = "List dead letters with their error codes and counts (read-only).")
public final class DlqListCommand implements Callable<Integer> {
  private static final int MESSAGE_WIDTH = 90;

  @Mixin private DeadLetterSelection selection;

  @Option(
      names = "--limit",
      paramLabel = "N",
      defaultValue = "50",
      description =
          "Show at most N letters, newest last (counts cover all). Default: ${DEFAULT-VALUE}")
  private int limit;

  @Mixin private ClusterOptions cluster;

  @Spec private CommandSpec spec;

  @Override
  public Integer call() {
    selection.validate();
    PrintWriter out = spec.commandLine().getOut();
    List<DeadLetter> letters;
    try (KafkaSession session = new KafkaSession(cluster)) {
      letters = new DeadLetterReader(session).read(selection::matches);
    }
    out.println(
        letters.size()
            + " dead letter(s) in "
            + Topics.DEAD_LETTERS
            + (selection.isEmpty() ? "" : " matching"));
    if (letters.isEmpty()) {
      return 0;
    }
    Map<String, Long> counts = new TreeMap<>();
    letters.forEach(l -> counts.merge(l.code() + "\t" + l.sourceTopic(), 1L, Long::sum));
    TextTable summary = new TextTable("ERROR-CODE", "SOURCE-TOPIC", "COUNT");
    counts.forEach((key, count) -> summary.row(key.split("\t")[0], key.split("\t")[1], count));
    summary.lines().forEach(line -> out.println("  " + line));
    out.println();
    TextTable rows = new TextTable("ID", "FAILED-AT", "ERROR-CODE", "SOURCE", "KEY", "ERROR");
    letters
        .subList(Math.max(0, letters.size() - limit), letters.size())
        .forEach(
            l ->
                rows.row(
                    l.id(),
                    l.failedAt().truncatedTo(ChronoUnit.MILLIS),
                    l.code(),
                    l.source(),
                    l.keyText(),
                    shorten(l.message())));
    rows.lines().forEach(out::println);
    if (letters.size() > limit) {
      out.println(
          "("
              + (letters.size() - limit)
              + " older letter(s) not shown; raise --limit or narrow the selection)");
    }
    return 0;
  }

  private static String shorten(String message) {
    String oneLine = message.replaceAll("\\s+", " ");
    return oneLine.length() <= MESSAGE_WIDTH
        ? oneLine
        : oneLine.substring(0, MESSAGE_WIDTH - 1) + "…";
  }
}

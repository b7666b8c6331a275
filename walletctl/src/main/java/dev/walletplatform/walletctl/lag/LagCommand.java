package dev.walletplatform.walletctl.lag;

import dev.walletplatform.walletctl.config.ClusterOptions;
import dev.walletplatform.walletctl.kafka.KafkaSession;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code walletctl lag}: what is behind, in records and in time. */
@Command(
    name = "lag",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Per consumer group and partition: committed offset, end offset, lag in records and time behind"
          + " (age of the oldest unconsumed record). Read-only."
    })
public final class LagCommand implements Callable<Integer> {
  @Option(
      names = "--group",
      paramLabel = "GROUP",
      split = ",",
      description = "Groups to show (default: all" + " consumer groups). Unknown group: exit 3")
  private List<String> groups;

  @Option(names = "--topic", paramLabel = "TOPIC", split = ",", description = "Only these topics")
  private List<String> topics;

  @Option(names = "--watch", description = "Refresh every --interval until Ctrl-C")
  private boolean watch;

  @Option(
      names = "--interval",
      paramLabel = "DURATION",
      defaultValue = "PT5S",
      description = "Refresh interval of --watch (ISO-8601). Default: ${DEFAULT-VALUE}")
  private Duration interval;

  @Option(
      names = "--iterations",
      paramLabel = "N",
      description = "With --watch: stop after N refreshes (scripts)")
  private Integer iterations;

  @Mixin private ClusterOptions cluster;

  @Spec private CommandSpec spec;

  @Override
  public Integer call() throws InterruptedException {
    PrintWriter out = spec.commandLine().getOut();
    Clock clock = Clock.systemUTC();
    Set<String> topicFilter = topics == null ? Set.of() : new HashSet<>(topics);
    try (KafkaSession session = new KafkaSession(cluster)) {
      LagReader reader = new LagReader(session, clock);
      List<String> chosen = reader.chooseGroups(groups);
      for (int round = 1; ; round++) {
        if (watch) {
          out.println(
              "== "
                  + clock.instant().truncatedTo(ChronoUnit.SECONDS)
                  + " (every "
                  + interval
                  + ", Ctrl-C to stop)");
        }
        LagTable.render(reader.read(chosen, topicFilter)).forEach(out::println);
        out.flush();
        if (!watch || (iterations != null && round >= iterations)) {
          return 0;
        }
        Thread.sleep(interval.toMillis());
      }
    }
  }
}

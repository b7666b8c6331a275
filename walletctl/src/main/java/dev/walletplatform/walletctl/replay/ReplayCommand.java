package dev.walletplatform.walletctl.replay;

import dev.walletplatform.schemas.Topics;
import dev.walletplatform.walletctl.UsageException;
import dev.walletplatform.walletctl.audit.AuditLog;
import dev.walletplatform.walletctl.avro.EnvelopeDecoder;
import dev.walletplatform.walletctl.config.AuditOptions;
import dev.walletplatform.walletctl.config.ClusterOptions;
import dev.walletplatform.walletctl.config.DatabaseOptions;
import dev.walletplatform.walletctl.config.DatabaseTarget;
import dev.walletplatform.walletctl.config.RegistryOptions;
import dev.walletplatform.walletctl.kafka.IdempotentTopics;
import dev.walletplatform.walletctl.kafka.KafkaSession;
import dev.walletplatform.walletctl.kafka.TopicCatalog;
import dev.walletplatform.walletctl.ledger.LedgerProbe;
import dev.walletplatform.walletctl.republish.ProvenRepublish;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code walletctl replay}: a window of a topic into processing again, proven not to apply anything
 * twice.
 */
@Command(
    name = "replay",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Re-produce a window of "
          + Topics.SCREENED_COMMANDS
          + " (the commands abuse screening passed)"
          + " or "
          + Topics.EVENTS
          + " (same partition, key, value) so"
          + " the ledger applier processes it again. Safe by construction: each copy keeps its message id and the"
          + " applier skips ids it already decided (processed_messages). The applier keeps running; no offsets move.",
      "Dry run unless --execute. With --db-url the plan says what the ledger already decided, and after --execute a"
          + " read-only proof compares the ledger before and after."
    })
public final class ReplayCommand implements Callable<Integer> {
  @Option(
      names = "--topic",
      required = true,
      paramLabel = "TOPIC",
      description =
          Topics.SCREENED_COMMANDS
              + " or "
              + Topics.EVENTS
              + ", the ledger applier's inputs (any other,"
              + " the gateway's "
              + Topics.COMMANDS
              + " included: exit 5; unknown: exit 3)")
  private String topic;

  @Option(
      names = "--partition",
      split = ",",
      paramLabel = "N",
      description = "Only these partitions (default: all)")
  private List<Integer> partitions;

  @ArgGroup(exclusive = true, multiplicity = "1")
  private Start start;

  @ArgGroup(exclusive = true, multiplicity = "0..1")
  private End end;

  @Option(names = "--execute", description = "Produce the copies (default: print the plan only)")
  private boolean execute;

  @Option(
      names = "--only-missing",
      description =
          "Re-produce only records whose message id the ledger has not"
              + " decided (needs --db-url)")
  private boolean onlyMissing;

  @Option(
      names = "--max-records",
      paramLabel = "N",
      defaultValue = "100000",
      description = "Refuse (exit 5) a window spanning more offsets. Default: ${DEFAULT-VALUE}")
  private long maxRecords;

  @Option(
      names = "--applier-group",
      paramLabel = "GROUP",
      defaultValue = "ledger-applier",
      description =
          "The group that deduplicates by message id; the proof waits for it. Default: ${DEFAULT-VALUE}")
  private String applierGroup;

  @Option(
      names = "--verify-timeout",
      paramLabel = "DURATION",
      defaultValue = "PT2M",
      description =
          "How long the proof waits for the applier to consume the copies (exit 6 after). Default:"
              + " ${DEFAULT-VALUE}")
  private Duration verifyTimeout;

  @Mixin private ClusterOptions cluster;

  @Mixin private RegistryOptions registry;

  @Mixin private DatabaseOptions database;

  @Mixin private AuditOptions audit;

  @Spec private CommandSpec spec;

  static final class Start {
    @Option(
        names = "--from-time",
        required = true,
        paramLabel = "TIME",
        description = "First record time, included (ISO-8601; UTC unless a zone is given)")
    Instant time;

    @Option(
        names = "--from-offset",
        required = true,
        paramLabel = "OFFSET",
        description = "First offset, included")
    Long offset;
  }

  static final class End {
    @Option(
        names = "--to-time",
        required = true,
        paramLabel = "TIME",
        description = "End time, excluded (default: the current end)")
    Instant time;

    @Option(
        names = "--to-offset",
        required = true,
        paramLabel = "OFFSET",
        description = "End offset, excluded")
    Long offset;
  }

  @Override
  public Integer call() {
    if (onlyMissing && !database.given()) {
      throw new UsageException(
          "--only-missing needs --db-url: the ledger says which messages are missing");
    }
    ReplayWindow window =
        new ReplayWindow(
            start.time,
            start.offset,
            end == null ? null : end.time,
            end == null ? null : end.offset);
    PrintWriter out = spec.commandLine().getOut();
    DatabaseTarget target = database.target().orElse(null);
    try (KafkaSession session = new KafkaSession(cluster);
        LedgerProbe probe = target == null ? null : LedgerProbe.open(target)) {
      new TopicCatalog(session)
          .partitions(topic); // an unknown (mistyped) topic is exit 3 before any refusal
      IdempotentTopics.require(topic, "replay");
      EnvelopeDecoder decoder = probe == null ? null : new EnvelopeDecoder(registry.client());
      ReplayPlanner.Prepared prepared =
          new ReplayPlanner(
                  session, decoder, probe, target == null ? null : target.jdbcUrl(), applierGroup)
              .prepare(topic, partitions, window, maxRecords, onlyMissing);
      ReplayPlanRenderer.render(prepared.plan(), execute).forEach(out::println);
      out.flush();
      if (execute && !prepared.records().isEmpty()) {
        new ProvenRepublish(
                session,
                AuditLog.forCommand(session, audit, spec, Clock.systemUTC()),
                probe,
                applierGroup,
                verifyTimeout,
                out,
                spec.commandLine().getErr())
            .run(
                "replay",
                prepared.records().size(),
                Map.of("topic", topic, "window", window.describe()),
                action ->
                    prepared.records().stream().map(r -> ReplayCopies.copyOf(r, action)).toList(),
                prepared.ids(),
                prepared.before());
      }
      return 0;
    }
  }
}

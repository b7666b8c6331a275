package dev.walletplatform.walletctl.dlq;

import dev.walletplatform.walletctl.NotFoundException;
import dev.walletplatform.walletctl.RefusedException;
import dev.walletplatform.walletctl.UsageException;
import dev.walletplatform.walletctl.audit.AuditLog;
import dev.walletplatform.walletctl.avro.EnvelopeDecoder;
import dev.walletplatform.walletctl.config.AuditOptions;
import dev.walletplatform.walletctl.config.ClusterOptions;
import dev.walletplatform.walletctl.config.DatabaseOptions;
import dev.walletplatform.walletctl.config.DatabaseTarget;
import dev.walletplatform.walletctl.config.RegistryOptions;
import dev.walletplatform.walletctl.kafka.KafkaSession;
import dev.walletplatform.walletctl.ledger.LedgerProbe;
import dev.walletplatform.walletctl.republish.ProvenRepublish;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code walletctl dlq redrive}: selected dead letters back to where they came from, once the cause
 * is fixed.
 */
@Command(
    name = "redrive",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Re-produce selected dead letters (original key, value, headers) to their source topic and"
          + " partition after the cause is fixed. Safe to repeat: the applier decides each message id once.",
      "Letters that still do not decode are left out. Dry run unless --execute; with --db-url a read-only proof"
          + " follows."
    })
public final class DlqRedriveCommand implements Callable<Integer> {
  @Mixin private DeadLetterSelection selection;

  @Option(names = "--execute", description = "Produce (default: print the plan only)")
  private boolean execute;

  @Option(
      names = "--only-missing",
      description =
          "Leave out letters whose message the ledger already decided" + " (needs --db-url)")
  private boolean onlyMissing;

  @Option(
      names = "--applier-group",
      paramLabel = "GROUP",
      defaultValue = "ledger-applier",
      description = "The group the proof waits for. Default: ${DEFAULT-VALUE}")
  private String applierGroup;

  @Option(
      names = "--verify-timeout",
      paramLabel = "DURATION",
      defaultValue = "PT2M",
      description =
          "How long the proof waits for the applier (exit 6 after). Default: ${DEFAULT-VALUE}")
  private Duration verifyTimeout;

  @Mixin private ClusterOptions cluster;

  @Mixin private RegistryOptions registry;

  @Mixin private DatabaseOptions database;

  @Mixin private AuditOptions audit;

  @Spec private CommandSpec spec;

  @Override
  public Integer call() {
    selection.validate();
    if (selection.isEmpty()) {
      throw new UsageException(
          "choose the dead letters: --id, --error-code, --source-topic and/or"
              + " --from-time/--to-time");
    }
    if (onlyMissing && !database.given()) {
      throw new UsageException(
          "--only-missing needs --db-url: the ledger says which messages are decided");
    }
    PrintWriter out = spec.commandLine().getOut();
    DatabaseTarget target = database.target().orElse(null);
    try (KafkaSession session = new KafkaSession(cluster);
        LedgerProbe probe = target == null ? null : LedgerProbe.open(target)) {
      RedrivePlanner.Plan plan =
          new RedrivePlanner(session, new EnvelopeDecoder(registry.client()), probe)
              .plan(selection, onlyMissing);
      RedriveRenderer.render(plan, execute).forEach(out::println);
      out.flush();
      List<RedriveItem> redriven = plan.redriven();
      if (plan.items().isEmpty()) {
        throw new NotFoundException(
            "no dead letter matches the selection; `walletctl dlq list` shows what is there");
      }
      if (redriven.isEmpty()) {
        throw new RefusedException(
            "none of the "
                + plan.items().size()
                + " selected dead letter(s) can be redriven"
                + " safely (see above)");
      }
      if (execute) {
        new ProvenRepublish(
                session,
                AuditLog.forCommand(session, audit, spec, Clock.systemUTC()),
                probe,
                applierGroup,
                verifyTimeout,
                out,
                spec.commandLine().getErr())
            .run(
                "redrive",
                redriven.size(),
                Map.of(
                    "letters",
                    redriven.stream().map(i -> i.letter().id().toString()).toList().toString()),
                action ->
                    redriven.stream().map(i -> RedriveCopies.copyOf(i.letter(), action)).toList(),
                plan.ids(),
                plan.before());
      }
      return 0;
    }
  }
}

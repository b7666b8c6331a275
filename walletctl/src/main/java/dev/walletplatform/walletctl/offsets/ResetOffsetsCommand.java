package dev.walletplatform.walletctl.offsets;

import dev.walletplatform.walletctl.RefusedException;
import dev.walletplatform.walletctl.audit.AuditLog;
import dev.walletplatform.walletctl.audit.AuditedAction;
import dev.walletplatform.walletctl.config.AuditOptions;
import dev.walletplatform.walletctl.config.ClusterOptions;
import dev.walletplatform.walletctl.kafka.GroupCatalog;
import dev.walletplatform.walletctl.kafka.GroupStatus;
import dev.walletplatform.walletctl.kafka.KafkaSession;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code walletctl reset-offsets}: guarded; refuses while the group has members, shows the plan,
 * needs --execute.
 */
@Command(
    name = "reset-offsets",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Move a consumer group's committed offsets on one topic. Refuses (exit 5) while the group has"
          + " active members: stop its consumers first. Dry run unless --execute. Times are UTC unless a zone is given.",
      "To re-process records through the ledger applier, `walletctl replay` needs no downtime; use this to move"
          + " a group you own, or the applier's while it is stopped."
    })
public final class ResetOffsetsCommand implements Callable<Integer> {
  @Option(
      names = "--group",
      required = true,
      paramLabel = "GROUP",
      description = "The consumer group (unknown: exit 3)")
  private String group;

  @Option(
      names = "--topic",
      required = true,
      paramLabel = "TOPIC",
      description = "The topic (unknown: exit 3)")
  private String topic;

  @Option(
      names = "--partition",
      split = ",",
      paramLabel = "N",
      description = "Only these partitions (default: all)")
  private List<Integer> partitions;

  @ArgGroup(exclusive = true, multiplicity = "1")
  private Target target;

  @Option(
      names = "--execute",
      description = "Commit the new offsets (default: print the plan only)")
  private boolean execute;

  @Mixin private ClusterOptions cluster;

  @Mixin private AuditOptions audit;

  @Spec private CommandSpec spec;

  static final class Target {
    @Option(
        names = "--to-time",
        required = true,
        paramLabel = "TIME",
        description = "First record at or after TIME (ISO-8601; UTC unless a zone is given)")
    Instant time;

    @Option(
        names = "--to-offset",
        required = true,
        paramLabel = "OFFSET",
        description = "This offset")
    Long offset;

    @Option(
        names = "--shift-by",
        required = true,
        paramLabel = "N",
        description = "Committed offset plus N (negative:" + " back)")
    Long shift;

    @Option(names = "--to-earliest", required = true, description = "The log start")
    boolean earliest;

    @Option(
        names = "--to-latest",
        required = true,
        description = "The end: skips everything not yet consumed")
    boolean latest;

    ResetTarget resolve() {
      if (time != null) {
        return new ResetTarget.ToTime(time);
      }
      if (offset != null) {
        return new ResetTarget.ToOffset(offset);
      }
      if (shift != null) {
        return new ResetTarget.ShiftBy(shift);
      }
      return earliest ? new ResetTarget.Earliest() : new ResetTarget.Latest();
    }
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    try (KafkaSession session = new KafkaSession(cluster)) {
      OffsetResetPlan plan =
          new OffsetResetPlanner(session).plan(group, topic, partitions, target.resolve());
      OffsetResetRenderer.render(plan, execute).forEach(out::println);
      out.flush();
      refuseIfActive(plan.group());
      if (!execute) {
        return 0;
      }
      // the group may have come back while the plan was read: look again right before writing
      refuseIfActive(new GroupCatalog(session).describe(group));
      commit(session, plan);
      out.println(
          "Committed new offsets of "
              + plan.rows().size()
              + " partition(s) for group "
              + group
              + ".");
      return 0;
    }
  }

  private static void refuseIfActive(GroupStatus status) {
    if (!status.isIdle()) {
      throw new RefusedException(
          "refusing to move offsets: group "
              + status.describe()
              + ". Stop its consumers (scale the deployment to 0) and wait until it is EMPTY, then run this again.");
    }
  }

  private void commit(KafkaSession session, OffsetResetPlan plan) {
    Map<TopicPartition, OffsetAndMetadata> offsets = new HashMap<>();
    plan.rows()
        .forEach(
            r ->
                offsets.put(
                    new TopicPartition(topic, r.partition()),
                    new OffsetAndMetadata(r.target(), "walletctl reset-offsets")));
    AuditedAction action =
        AuditLog.forCommand(session, audit, spec, Clock.systemUTC())
            .started(
                offsets.size(),
                Map.of(
                    "group",
                    group,
                    "topic",
                    topic,
                    "target",
                    plan.target(),
                    "reread",
                    Long.toString(plan.reread())));
    try {
      session.await(
          session.admin().alterConsumerGroupOffsets(group, offsets).all(),
          "committing offsets of " + group);
    } catch (RuntimeException e) {
      action.failed(0, e);
      throw e;
    }
    action.completed(offsets.size(), Map.of());
  }
}

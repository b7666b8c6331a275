package dev.walletplatform.walletctl.audit;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.walletplatform.walletctl.config.ClusterOptions;
import dev.walletplatform.walletctl.kafka.KafkaSession;
import dev.walletplatform.walletctl.kafka.PartitionRange;
import dev.walletplatform.walletctl.kafka.RangeReader;
import dev.walletplatform.walletctl.kafka.TopicCatalog;
import dev.walletplatform.walletctl.output.TextTable;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.apache.kafka.common.TopicPartition;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code walletctl audit}: reads the audit trail back, newest last. */
@Command(
    name = "audit",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description =
        "Show the audit trail (wallet.audit.v1): who ran which state-changing command, when, and on how"
            + " many records.")
public final class AuditCommand implements Callable<Integer> {
  @Option(
      names = "--since",
      paramLabel = "TIME",
      description = "Only records at or after TIME (UTC unless a zone is" + " given; e.g. -PT24H)")
  private Instant since;

  @Option(names = "--by", paramLabel = "OPERATOR", description = "Only records of this operator")
  private String by;

  @Option(
      names = "--command",
      paramLabel = "NAME",
      description = "Only this command (replay, dlq redrive, publish," + " reset-offsets)")
  private String command;

  @Mixin private ClusterOptions cluster;

  @Spec private CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    List<AuditRecord> records = new ArrayList<>();
    try (KafkaSession session = new KafkaSession(cluster)) {
      TopicCatalog topics = new TopicCatalog(session);
      if (!topics.exists(AuditLog.TOPIC)) {
        out.println(
            "No audit records: topic "
                + AuditLog.TOPIC
                + " does not exist yet (created by the first"
                + " state-changing command).");
        return 0;
      }
      long end = topics.endOffsets(AuditLog.TOPIC, List.of(0)).get(0);
      ObjectMapper json = AuditLog.json();
      List<byte[]> values = new ArrayList<>();
      new RangeReader(session)
          .read(
              List.of(
                  new PartitionRange(
                      new TopicPartition(AuditLog.TOPIC, 0),
                      topics.beginningOffsets(AuditLog.TOPIC, List.of(0)).get(0),
                      end)),
              record -> values.add(record.value()));
      for (byte[] value : values) {
        records.add(json.readValue(value, AuditRecord.class));
      }
    }
    TextTable table =
        new TextTable("AT", "OPERATOR", "COMMAND", "PHASE", "RECORDS", "REASON", "DETAILS");
    records.stream()
        .filter(this::matches)
        .forEach(
            r ->
                table.row(
                    r.at(),
                    r.operator(),
                    r.command(),
                    r.phase(),
                    r.records(),
                    r.reason().isEmpty() ? "-" : r.reason(),
                    details(r)));
    table.lines().forEach(out::println);
    return 0;
  }

  private boolean matches(AuditRecord record) {
    return (since == null || !Instant.parse(record.at()).isBefore(since))
        && (by == null || by.equals(record.operator()))
        && (command == null || command.equals(record.command()));
  }

  private static String details(AuditRecord record) {
    List<String> parts = new ArrayList<>();
    for (Map.Entry<String, String> e : new TreeMap<>(record.details()).entrySet()) {
      parts.add(e.getKey() + "=" + e.getValue());
    }
    return parts.isEmpty() ? "-" : String.join(" ", parts);
  }
}

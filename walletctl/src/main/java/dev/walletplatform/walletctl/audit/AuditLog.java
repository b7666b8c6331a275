package dev.walletplatform.walletctl.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.walletplatform.walletctl.config.AuditOptions;
import dev.walletplatform.walletctl.kafka.KafkaSession;
import dev.walletplatform.walletctl.kafka.TopicCatalog;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.ProducerRecord;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParseResult;

/**
 * Writes audit records, synchronously and acknowledged by all in-sync replicas: a command that
 * cannot write its STARTED record stops before changing anything. Creates the topic if missing.
 */
public final class AuditLog {
  public static final String TOPIC = "wallet.audit.v1";
  private static final ObjectMapper JSON = new ObjectMapper();

  private final KafkaSession session;
  private final AuditOptions who;
  private final String command;
  private final List<String> arguments;
  private final Clock clock;

  public AuditLog(
      KafkaSession session, AuditOptions who, String command, List<String> arguments, Clock clock) {
    this.session = session;
    this.who = who;
    this.command = command;
    this.arguments = List.copyOf(arguments);
    this.clock = clock;
  }

  /** The log of the command {@code spec} runs, with its full command line as typed. */
  public static AuditLog forCommand(
      KafkaSession session, AuditOptions who, CommandSpec spec, Clock clock) {
    String name = spec.qualifiedName(" ").replaceFirst("^walletctl ", "");
    ParseResult parsed = spec.root().commandLine().getParseResult();
    return new AuditLog(
        session, who, name, parsed == null ? List.of() : parsed.originalArgs(), clock);
  }

  /**
   * Topic config: one partition keeps the trail in order; kept forever, it is small and evidence.
   */
  static NewTopic topic() {
    return new NewTopic(TOPIC, Optional.of(1), Optional.empty())
        .configs(Map.of("retention.ms", "-1", "cleanup.policy", "delete"));
  }

  public AuditedAction started(long plannedRecords, Map<String, String> details) {
    new TopicCatalog(session).createIfMissing(topic());
    AuditedAction action = new AuditedAction(this, UUID.randomUUID().toString(), details);
    write(action.id(), AuditRecord.STARTED, plannedRecords, details, "planned");
    return action;
  }

  void write(
      String actionId, String phase, long records, Map<String, String> details, String outcome) {
    AuditRecord record =
        new AuditRecord(
            actionId,
            clock.instant().truncatedTo(ChronoUnit.MILLIS).toString(),
            phase,
            who.operator(),
            host(),
            command,
            arguments,
            who.reason(),
            records,
            details,
            outcome);
    try {
      byte[] value = JSON.writeValueAsBytes(record);
      session
          .producer()
          .send(new ProducerRecord<>(TOPIC, who.operator().getBytes(StandardCharsets.UTF_8), value))
          .get(session.cluster().timeout().toMillis(), TimeUnit.MILLISECONDS);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot encode audit record " + record, e);
    } catch (Exception e) {
      throw session.failure(
          e, "writing the " + phase + " audit record of " + command + " to " + TOPIC);
    }
  }

  private static String host() {
    try {
      return InetAddress.getLocalHost().getHostName();
    } catch (UnknownHostException e) {
      return "unknown";
    }
  }

  static ObjectMapper json() {
    return JSON;
  }
}

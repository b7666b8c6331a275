package dev.walletplatform.walletctl.publish;

import dev.walletplatform.schemas.Topics;
import dev.walletplatform.schemas.serde.AvroSerializer;
import dev.walletplatform.walletctl.RefusedException;
import dev.walletplatform.walletctl.UsageException;
import dev.walletplatform.walletctl.audit.AuditLog;
import dev.walletplatform.walletctl.audit.AuditedAction;
import dev.walletplatform.walletctl.avro.Envelope;
import dev.walletplatform.walletctl.avro.JsonRecords;
import dev.walletplatform.walletctl.config.AuditOptions;
import dev.walletplatform.walletctl.config.ClusterOptions;
import dev.walletplatform.walletctl.config.RegistryOptions;
import dev.walletplatform.walletctl.kafka.KafkaSession;
import dev.walletplatform.walletctl.kafka.TopicCatalog;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code walletctl publish}: one event or command given as JSON, validated, in the Confluent wire
 * format.
 */
@Command(
    name = "publish",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Publish one record given as JSON, for internal producers and drills. The JSON is validated"
          + " against the topic's Avro schema by Avro's JSON decoder, then written in the Confluent wire format with the"
          + " schema id from the registry (acks=all).",
      "JSON: amounts as strings of minor units (\"150000\"), times ISO-8601, the payload union by type name,"
          + " e.g. {\"event_id\": \"…\", \"source\": \"drill\", \"occurred_at\": \"2026-03-14T09:00:00Z\","
          + " \"payload\": {\"DepositConfirmed\": {…}}}. `walletctl dlq show` prints this form."
    })
public final class PublishCommand implements Callable<Integer> {
  @Option(
      names = "--topic",
      paramLabel = "TOPIC",
      defaultValue = "wallet.events.v1",
      description =
          "wallet.events.v1 (WalletEvent), wallet.commands.v1 (WalletCommand) or wallet.results.v1"
              + " (CommandResult). Default: ${DEFAULT-VALUE}")
  private String topic;

  @Option(
      names = "--key",
      required = true,
      paramLabel = "KEY",
      description =
          "Record key: the wallet id (the campaign id for campaign events), which picks the partition")
  private String key;

  @Mixin private JsonSource json;

  @Option(
      names = "--validate-only",
      description = "Check the JSON against the schema and print it; publish nothing")
  private boolean validateOnly;

  @Mixin private ClusterOptions cluster;

  @Mixin private RegistryOptions registry;

  @Mixin private AuditOptions audit;

  @Spec private CommandSpec spec;

  @Override
  public Integer call() {
    if (topic.equals(Topics.SCREENED_COMMANDS)) {
      throw new RefusedException(
          "refusing to publish into "
              + topic
              + ": a new command must pass abuse screening;"
              + " publish it to "
              + Topics.COMMANDS);
    }
    Envelope envelope =
        Envelope.forTopic(topic)
            .orElseThrow(
                () ->
                    new UsageException(
                        "no schema is known for topic "
                            + topic
                            + "; publish to one of "
                            + Envelope.topics()));
    PrintWriter out = spec.commandLine().getOut();
    SpecificRecord record = JsonRecords.parse(envelope.type(), json.read());
    out.println("Valid " + record.getSchema().getName() + ":");
    out.println(JsonRecords.render(record));
    if (validateOnly) {
      out.println("--validate-only: nothing published.");
      return 0;
    }
    try (KafkaSession session = new KafkaSession(cluster)) {
      new TopicCatalog(session).partitions(topic);
      byte[] value = new AvroSerializer<SpecificRecord>(registry.client()).serialize(topic, record);
      AuditedAction action =
          AuditLog.forCommand(session, audit, spec, Clock.systemUTC())
              .started(1, Map.of("topic", topic, "key", key, "type", record.getSchema().getName()));
      RecordMetadata written;
      try {
        written =
            session
                .producer()
                .send(new ProducerRecord<>(topic, key.getBytes(StandardCharsets.UTF_8), value))
                .get(cluster.timeout().toMillis(), TimeUnit.MILLISECONDS);
      } catch (Exception e) {
        RuntimeException failure = session.failure(e, "publishing to " + topic);
        action.failed(0, failure);
        throw failure;
      }
      String position = written.topic() + "-" + written.partition() + "@" + written.offset();
      action.completed(1, Map.of("position", position));
      out.println("Published to " + position + " (audit action " + action.id() + ").");
      return 0;
    }
  }
}

package dev.walletplatform.kit.tracing;

import io.opentelemetry.api.common.AttributeKey;

/**
 * The span attributes every hop uses: OpenTelemetry's messaging conventions for Kafka, and the
 * platform's own {@code wallet.*} keys, so one search ({@code wallet.command.id = ...}) finds a
 * command's spans in every service.
 */
public final class TraceAttributes {
  private TraceAttributes() {}

  public static final AttributeKey<String> MESSAGING_SYSTEM =
      AttributeKey.stringKey("messaging.system");
  public static final AttributeKey<String> DESTINATION =
      AttributeKey.stringKey("messaging.destination.name");
  public static final AttributeKey<String> PARTITION =
      AttributeKey.stringKey("messaging.destination.partition.id");
  public static final AttributeKey<String> OPERATION_TYPE =
      AttributeKey.stringKey("messaging.operation.type");
  public static final AttributeKey<String> CONSUMER_GROUP =
      AttributeKey.stringKey("messaging.consumer.group.name");
  public static final AttributeKey<Long> OFFSET = AttributeKey.longKey("messaging.kafka.offset");
  public static final AttributeKey<Long> BATCH_SIZE =
      AttributeKey.longKey("messaging.batch.message_count");

  /** The command's id (the gateway's derived one), in every hop. */
  public static final AttributeKey<String> COMMAND_ID = AttributeKey.stringKey("wallet.command.id");

  /** {@code TRANSFER}, {@code WITHDRAWAL}, {@code GIVEAWAY_CLAIM} (events: the event's kind). */
  public static final AttributeKey<String> COMMAND_KIND =
      AttributeKey.stringKey("wallet.command.kind");

  /** An internal event's id, where the applier applies an event rather than a command. */
  public static final AttributeKey<String> EVENT_ID = AttributeKey.stringKey("wallet.event.id");

  public static final String KAFKA = "kafka";
}

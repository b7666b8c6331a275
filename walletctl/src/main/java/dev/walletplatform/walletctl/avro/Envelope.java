package dev.walletplatform.walletctl.avro;

import dev.walletplatform.schemas.Topics;
import dev.walletplatform.schemas.command.v1.WalletCommand;
import dev.walletplatform.schemas.event.v1.WalletEvent;
import dev.walletplatform.schemas.result.v1.CommandResult;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.apache.avro.specific.SpecificRecord;

/**
 * The record type of each platform topic, and the field holding its message id (the ledger's dedup
 * key).
 */
public enum Envelope {
  COMMAND(Topics.COMMANDS, WalletCommand.class, "command_id"),
  /** The same commands once screening passed them: what the applier reads. */
  SCREENED_COMMAND(Topics.SCREENED_COMMANDS, WalletCommand.class, "command_id"),
  EVENT(Topics.EVENTS, WalletEvent.class, "event_id"),
  RESULT(Topics.RESULTS, CommandResult.class, "message_id");

  private final String topic;
  private final Class<? extends SpecificRecord> type;
  private final String idField;

  Envelope(String topic, Class<? extends SpecificRecord> type, String idField) {
    this.topic = topic;
    this.type = type;
    this.idField = idField;
  }

  public static Optional<Envelope> forTopic(String topic) {
    return Arrays.stream(values()).filter(e -> e.topic.equals(topic)).findFirst();
  }

  public static List<String> topics() {
    return Arrays.stream(values()).map(Envelope::topic).toList();
  }

  public String topic() {
    return topic;
  }

  public Class<? extends SpecificRecord> type() {
    return type;
  }

  public String idField() {
    return idField;
  }
}

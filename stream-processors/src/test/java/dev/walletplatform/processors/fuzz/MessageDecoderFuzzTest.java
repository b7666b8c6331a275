package dev.walletplatform.processors.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.walletplatform.processors.deadletter.DeadLetter;
import dev.walletplatform.processors.deadletter.DeadLetterCode;
import dev.walletplatform.processors.deadletter.DeadLetterRecords;
import dev.walletplatform.processors.ledger.MessageDecoder;
import dev.walletplatform.processors.ledger.model.Instruction;
import dev.walletplatform.processors.ledger.model.LedgerMessage;
import dev.walletplatform.processors.ledger.model.MessageKind;
import dev.walletplatform.processors.ledger.model.SourcePosition;
import dev.walletplatform.schemas.Topics;
import dev.walletplatform.schemas.command.v1.WalletCommand;
import dev.walletplatform.schemas.event.v1.WalletEvent;
import dev.walletplatform.schemas.registry.InMemorySchemaRegistryClient;
import dev.walletplatform.schemas.registry.SchemaRegistryClient;
import dev.walletplatform.schemas.serde.RecordDecodingException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.StreamSupport;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.Timeout;

/**
 * What the ledger applier does with any record its topics may hold — any key, headers and value
 * ({@link FuzzedRecord}): {@link MessageDecoder} turns it into a message of the right kind for its
 * topic, or refuses it as poison ({@link RecordDecodingException}), and the dead letter built from
 * it carries the original bytes and the {@code dlq.*} headers. Anything else — another exception, a
 * {@code TransientFailure} (which would stall the partition for good: the registry here knows every
 * schema), an out-of-memory from a forged length, a hang (the timeout) — is a finding.
 *
 * <p>The default suite replays the committed seeds ({@code
 * .../MessageDecoderFuzzTestInputs/<method>/}: every payload as the real serializer writes it, a
 * wrong magic byte, unknown and wrong-type schema ids, truncations, tombstones); {@code
 * JAZZER_FUZZ=1} (scripts/fuzz.sh) fuzzes.
 */
class MessageDecoderFuzzTest {
  private static final SchemaRegistryClient REGISTRY = new InMemorySchemaRegistryClient();
  private static final MessageDecoder DECODER;
  private static final Set<MessageKind> COMMAND_KINDS =
      EnumSet.of(MessageKind.TRANSFER, MessageKind.WITHDRAWAL, MessageKind.GIVEAWAY_CLAIM);
  private static final Set<MessageKind> EVENT_KINDS =
      EnumSet.of(
          MessageKind.WALLET_OPENED,
          MessageKind.DEPOSIT,
          MessageKind.WITHDRAWAL_SETTLED,
          MessageKind.WITHDRAWAL_FAILED,
          MessageKind.CAMPAIGN_OPENED);

  static {
    // ids 1 and 2, as the seeds' headers carry them (MessageDecoderSeeds writes them in this order)
    REGISTRY.register(
        SchemaRegistryClient.valueSubject(Topics.SCREENED_COMMANDS),
        WalletCommand.getClassSchema());
    REGISTRY.register(
        SchemaRegistryClient.valueSubject(Topics.EVENTS), WalletEvent.getClassSchema());
    DECODER = new MessageDecoder(REGISTRY);
  }

  @FuzzTest(maxDuration = "10m")
  @Timeout(value = 10, unit = TimeUnit.SECONDS)
  void decodesAScreenedCommandOrDeadLettersIt(byte[] input) {
    decodeOrDeadLetter(Topics.SCREENED_COMMANDS, input, COMMAND_KINDS);
  }

  @FuzzTest(maxDuration = "10m")
  @Timeout(value = 10, unit = TimeUnit.SECONDS)
  void decodesAnEventOrDeadLettersIt(byte[] input) {
    decodeOrDeadLetter(Topics.EVENTS, input, EVENT_KINDS);
  }

  private static void decodeOrDeadLetter(String topic, byte[] input, Set<MessageKind> kinds) {
    ConsumerRecord<byte[], byte[]> record = FuzzedRecord.parse(input).on(topic);
    LedgerMessage message;
    try {
      message = DECODER.decode(record);
    } catch (RecordDecodingException poison) {
      checkDeadLetter(record, poison);
      return;
    }
    checkDecoded(topic, message, kinds);
  }

  /**
   * A decoded message is complete: the applier and its rules never meet a null where a value
   * belongs.
   */
  private static void checkDecoded(String topic, LedgerMessage message, Set<MessageKind> kinds) {
    require(kinds.contains(message.kind()), "a " + message.kind() + " decoded from " + topic);
    require(
        message
            .source()
            .equals(new SourcePosition(topic, FuzzedRecord.PARTITION, FuzzedRecord.OFFSET)),
        "source " + message.source());
    boolean command = COMMAND_KINDS.contains(message.kind());
    require(
        command == (message.request() != null),
        "request metadata only on commands: " + message.request());
    if (command) {
      require(
          message.request().acceptedAt() != null && message.requestHash() != null,
          "request " + message.request());
    }
    require(message.instruction().subject() != null, "subject of " + message.instruction());
    require(
        amountsOf(message.instruction()).stream().allMatch(Objects::nonNull),
        "amounts of " + message.instruction());
  }

  private static List<Object> amountsOf(Instruction instruction) {
    return switch (instruction) {
      case Instruction.Transfer t -> Arrays.asList(t.amount(), t.toWallet(), t.asset());
      case Instruction.Withdraw w -> Arrays.asList(w.amount(), w.asset());
      case Instruction.Deposit d -> Arrays.asList(d.amount(), d.asset());
      case Instruction.SettleWithdrawal s -> Arrays.asList(s.amount(), s.withdrawalId(), s.asset());
      case Instruction.FailWithdrawal f -> Arrays.asList(f.amount(), f.withdrawalId(), f.asset());
      case Instruction.OpenCampaign c ->
          Arrays.asList(c.amountPerClaim(), c.budget(), c.opensAt(), c.closesAt());
      case Instruction.ClaimGiveaway g -> Arrays.asList(g.campaignId());
      case Instruction.OpenWallet o -> Arrays.asList(o.owner());
    };
  }

  /**
   * The documented dead-letter path: the original key, value and headers, and why, in dlq.*
   * headers.
   */
  private static void checkDeadLetter(
      ConsumerRecord<byte[], byte[]> record, RecordDecodingException poison) {
    ProducerRecord<byte[], byte[]> letter =
        DeadLetterRecords.toRecord(
            new DeadLetter(record, DeadLetterCode.DECODING_FAILED, poison), Instant.EPOCH);
    require(letter.topic().equals(Topics.DEAD_LETTERS), "dead letter on " + letter.topic());
    require(
        Arrays.equals(letter.key(), record.key()) && Arrays.equals(letter.value(), record.value()),
        "dead letter keeps the original bytes");
    require(
        Arrays.equals(
            letter.headers().lastHeader(DeadLetterRecords.ERROR_CODE).value(),
            DeadLetterCode.DECODING_FAILED.name().getBytes(StandardCharsets.UTF_8)),
        "dlq.error.code");
    List<Header> kept =
        StreamSupport.stream(record.headers().spliterator(), false)
            .filter(h -> !h.key().startsWith("dlq."))
            .toList();
    require(
        StreamSupport.stream(letter.headers().spliterator(), false)
            .toList()
            .subList(0, kept.size())
            .equals(kept),
        "dead letter keeps the original headers (a forged dlq.* header is dropped)");
  }

  private static void require(boolean condition, String what) {
    if (!condition) {
      throw new AssertionError("finding: " + what);
    }
  }
}

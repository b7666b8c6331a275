package dev.walletplatform.processors.ledger;

import dev.walletplatform.processors.ledger.model.Instruction;
import dev.walletplatform.processors.ledger.model.LedgerMessage;
import dev.walletplatform.processors.ledger.model.RequestMeta;
import dev.walletplatform.processors.ledger.model.SourcePosition;
import dev.walletplatform.schemas.Topics;
import dev.walletplatform.schemas.command.v1.GiveawayClaimRequested;
import dev.walletplatform.schemas.command.v1.TransferRequested;
import dev.walletplatform.schemas.command.v1.WalletCommand;
import dev.walletplatform.schemas.command.v1.WithdrawalRequested;
import dev.walletplatform.schemas.event.v1.DepositConfirmed;
import dev.walletplatform.schemas.event.v1.GiveawayCampaignOpened;
import dev.walletplatform.schemas.event.v1.WalletEvent;
import dev.walletplatform.schemas.event.v1.WalletOpened;
import dev.walletplatform.schemas.event.v1.WithdrawalFailed;
import dev.walletplatform.schemas.event.v1.WithdrawalSettled;
import dev.walletplatform.schemas.registry.SchemaRegistryClient;
import dev.walletplatform.schemas.registry.SchemaRegistryException;
import dev.walletplatform.schemas.serde.AvroDeserializer;
import dev.walletplatform.schemas.serde.RecordDecodingException;
import java.math.BigDecimal;
import java.math.BigInteger;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * Turns a consumed record into a {@link LedgerMessage}. A record that is not a message of the
 * contract throws {@link RecordDecodingException} (poison: dead-letter it); a registry that cannot
 * be reached throws {@link TransientFailure} (back off: the record is fine).
 */
public final class MessageDecoder {
  private final AvroDeserializer<WalletCommand> commands;
  private final AvroDeserializer<WalletEvent> events;

  public MessageDecoder(SchemaRegistryClient registry) {
    this.commands = new AvroDeserializer<>(registry, WalletCommand.class);
    this.events = new AvroDeserializer<>(registry, WalletEvent.class);
  }

  public LedgerMessage decode(ConsumerRecord<byte[], byte[]> record) {
    SourcePosition source = new SourcePosition(record.topic(), record.partition(), record.offset());
    if (record.value() == null) {
      throw new RecordDecodingException(
          "record " + source + " has no value (a tombstone is not a message)");
    }
    try {
      return switch (record.topic()) {
        // the applier reads the screened topic; the raw one still decodes, for tools and tests
        case Topics.SCREENED_COMMANDS, Topics.COMMANDS ->
            command(commands.deserialize(record.topic(), record.value()), source);
        case Topics.EVENTS -> event(events.deserialize(record.topic(), record.value()), source);
        default ->
            throw new RecordDecodingException(
                "record " + source + " is on a topic the applier does not read");
      };
    } catch (SchemaRegistryException e) {
      throw new TransientFailure(
          "schema registry unavailable (HTTP " + e.status() + ") decoding " + source, e);
    }
  }

  private static LedgerMessage command(WalletCommand command, SourcePosition source) {
    RequestMeta request =
        new RequestMeta(
            command.getClientId(),
            command.getIdempotencyKey(),
            command.getRequestHash(),
            command.getAcceptedAt());
    Instruction instruction =
        switch (command.getPayload()) {
          case TransferRequested t ->
              new Instruction.Transfer(
                  t.getFromWallet(),
                  t.getToWallet(),
                  t.getAsset(),
                  minorUnits(t.getAmount(), source));
          case WithdrawalRequested w ->
              new Instruction.Withdraw(
                  w.getWallet(),
                  w.getAsset(),
                  minorUnits(w.getAmount(), source),
                  w.getDestination());
          case GiveawayClaimRequested g ->
              new Instruction.ClaimGiveaway(g.getCampaignId(), g.getWallet());
          default -> throw unknownPayload(command.getPayload(), source);
        };
    return new LedgerMessage(command.getCommandId(), source, request, instruction);
  }

  private static LedgerMessage event(WalletEvent event, SourcePosition source) {
    Instruction instruction =
        switch (event.getPayload()) {
          case WalletOpened o -> new Instruction.OpenWallet(o.getWallet(), o.getOwner());
          case DepositConfirmed d ->
              new Instruction.Deposit(
                  d.getWallet(),
                  d.getAsset(),
                  minorUnits(d.getAmount(), source),
                  d.getChainReference());
          case WithdrawalSettled s ->
              new Instruction.SettleWithdrawal(
                  s.getWithdrawalCommandId(),
                  s.getWallet(),
                  s.getAsset(),
                  minorUnits(s.getAmount(), source),
                  s.getChainReference());
          case WithdrawalFailed f ->
              new Instruction.FailWithdrawal(
                  f.getWithdrawalCommandId(),
                  f.getWallet(),
                  f.getAsset(),
                  minorUnits(f.getAmount(), source),
                  f.getFailureReason());
          case GiveawayCampaignOpened c ->
              new Instruction.OpenCampaign(
                  c.getCampaignId(),
                  c.getAsset(),
                  minorUnits(c.getAmountPerClaim(), source),
                  minorUnits(c.getBudget(), source),
                  c.getOpensAt(),
                  c.getClosesAt());
          default -> throw unknownPayload(event.getPayload(), source);
        };
    return new LedgerMessage(event.getEventId(), source, null, instruction);
  }

  /** The schema says decimal(38,0); a fractional value would be a writer bug, so it is poison. */
  private static BigInteger minorUnits(BigDecimal amount, SourcePosition source) {
    try {
      return amount.toBigIntegerExact();
    } catch (ArithmeticException e) {
      throw new RecordDecodingException(
          "record " + source + " has a fractional amount of minor units: " + amount, e);
    }
  }

  private static RecordDecodingException unknownPayload(Object payload, SourcePosition source) {
    String type = payload == null ? "null" : payload.getClass().getName();
    return new RecordDecodingException(
        "record " + source + " carries a payload the applier does not know: " + type);
  }
}

package dev.walletplatform.processors.fuzz;

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
import dev.walletplatform.schemas.registry.InMemorySchemaRegistryClient;
import dev.walletplatform.schemas.registry.SchemaRegistryClient;
import dev.walletplatform.schemas.serde.AvroSerializer;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeader;

/**
 * Writes {@link MessageDecoderFuzzTest}'s seeds with the real serializer (schema ids 1 and 2, as
 * the test registers them): every payload, and the ways a record goes wrong. Run it to regenerate:
 * {@code java ... MessageDecoderSeeds
 * stream-processors/src/test/resources/dev/walletplatform/processors/fuzz/MessageDecoderFuzzTestInputs}.
 * Findings Jazzer adds there ({@code crash-*}) are kept as they are.
 */
final class MessageDecoderSeeds {
  private static final Instant AT = Instant.parse("2026-05-01T12:00:00Z");
  private static final byte[] KEY = "wallet-alice".getBytes(StandardCharsets.UTF_8);
  private static final List<Header> TRACE =
      List.of(
          new RecordHeader(
              "traceparent",
              "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01"
                  .getBytes(StandardCharsets.UTF_8)));

  private MessageDecoderSeeds() {}

  public static void main(String[] args) throws IOException {
    Path root = Path.of(args[0]);
    InMemorySchemaRegistryClient registry = new InMemorySchemaRegistryClient();
    registry.register(
        SchemaRegistryClient.valueSubject(Topics.SCREENED_COMMANDS),
        WalletCommand.getClassSchema());
    registry.register(
        SchemaRegistryClient.valueSubject(Topics.EVENTS), WalletEvent.getClassSchema());
    AvroSerializer<WalletCommand> commands = new AvroSerializer<>(registry);
    AvroSerializer<WalletEvent> events = new AvroSerializer<>(registry);

    byte[] transfer =
        commands.serialize(
            Topics.SCREENED_COMMANDS,
            command(
                new TransferRequested("wallet-alice", "wallet-bob", "BTC", new BigDecimal(1500)),
                null));
    byte[] deposit =
        events.serialize(
            Topics.EVENTS,
            event(
                new DepositConfirmed(
                    "wallet-alice", "ETH", new BigDecimal("1000000000000000000"), "0xabc")));
    Map<String, FuzzedRecord> commandSeeds = new LinkedHashMap<>();
    commandSeeds.put("transfer", record(transfer));
    commandSeeds.put(
        "withdrawal",
        record(
            commands.serialize(
                Topics.SCREENED_COMMANDS,
                command(
                    new WithdrawalRequested(
                        "wallet-alice", "USDC", new BigDecimal(250_000_000), "0xdestination"),
                    null))));
    commandSeeds.put(
        "claim-with-device",
        record(
            commands.serialize(
                Topics.SCREENED_COMMANDS,
                command(new GiveawayClaimRequested("spring-drop", "wallet-alice"), "device-7"))));
    commandSeeds.put("transfer-with-trace-header", new FuzzedRecord(KEY, TRACE, transfer));
    commandSeeds.put("transfer-without-key", new FuzzedRecord(null, List.of(), transfer));
    commonPoison(commandSeeds, transfer, deposit);

    Map<String, FuzzedRecord> eventSeeds = new LinkedHashMap<>();
    eventSeeds.put(
        "wallet-opened",
        record(
            events.serialize(Topics.EVENTS, event(new WalletOpened("wallet-alice", "owner-1")))));
    eventSeeds.put("deposit", record(deposit));
    eventSeeds.put(
        "withdrawal-settled",
        record(
            events.serialize(
                Topics.EVENTS,
                event(
                    new WithdrawalSettled(
                        UUID.fromString("6f1c1b7e-2a0d-4c8e-9a55-0d3b5f7e9c21"),
                        "wallet-alice",
                        "USDC",
                        new BigDecimal(250_000_000),
                        "0xsettled")))));
    eventSeeds.put(
        "withdrawal-failed",
        record(
            events.serialize(
                Topics.EVENTS,
                event(
                    new WithdrawalFailed(
                        UUID.fromString("6f1c1b7e-2a0d-4c8e-9a55-0d3b5f7e9c21"),
                        "wallet-alice",
                        "USDC",
                        new BigDecimal(250_000_000),
                        "chain rejected")))));
    eventSeeds.put(
        "campaign-opened",
        record(
            events.serialize(
                Topics.EVENTS,
                event(
                    new GiveawayCampaignOpened(
                        "spring-drop",
                        "USDC",
                        new BigDecimal(5_000_000),
                        new BigDecimal(5_000_000_000L),
                        AT,
                        AT.plusSeconds(86_400))))));
    commonPoison(eventSeeds, deposit, transfer);

    write(root.resolve("decodesAScreenedCommandOrDeadLettersIt"), commandSeeds);
    write(root.resolve("decodesAnEventOrDeadLettersIt"), eventSeeds);
  }

  /**
   * Poison derived from {@code valid}, a record of the topic's type, and {@code otherType}, one of
   * the other topic's.
   */
  private static void commonPoison(
      Map<String, FuzzedRecord> seeds, byte[] valid, byte[] otherType) {
    byte[] wrongMagic = valid.clone();
    wrongMagic[0] = 1;
    byte[] unknownSchema = valid.clone();
    unknownSchema[4] = 99;
    byte[] trailing = Arrays.copyOf(valid, valid.length + 3);
    seeds.put("wrong-magic-byte", record(wrongMagic));
    seeds.put("unknown-schema-id", record(unknownSchema));
    seeds.put("other-topics-schema", record(otherType));
    seeds.put("truncated-body", record(Arrays.copyOf(valid, valid.length / 2)));
    seeds.put("truncated-header", record(Arrays.copyOf(valid, 3)));
    seeds.put("trailing-bytes", record(trailing));
    seeds.put("tombstone", new FuzzedRecord(KEY, List.of(), null));
    seeds.put(
        "forged-dlq-header",
        new FuzzedRecord(
            KEY,
            List.of(
                new RecordHeader("dlq.error.code", "NONE".getBytes(StandardCharsets.UTF_8)),
                new RecordHeader("empty", null)),
            wrongMagic));
  }

  private static FuzzedRecord record(byte[] value) {
    return new FuzzedRecord(KEY, List.of(), value);
  }

  private static WalletCommand command(Object payload, String device) {
    return new WalletCommand(
        UUID.fromString("0b7c6e1a-8f6d-4b0e-9a3c-2d1e0f9a8b7c"),
        "client-1",
        "key-1",
        "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
        AT,
        payload,
        device);
  }

  private static WalletEvent event(Object payload) {
    return new WalletEvent(
        UUID.fromString("5d2e4c1b-7f3a-4e6d-8b9c-0a1f2e3d4c5b"), "chain-watcher", AT, payload);
  }

  private static void write(Path dir, Map<String, FuzzedRecord> seeds) throws IOException {
    Files.createDirectories(dir);
    for (Map.Entry<String, FuzzedRecord> seed : seeds.entrySet()) {
      Files.write(dir.resolve(seed.getKey()), seed.getValue().format());
    }
  }
}

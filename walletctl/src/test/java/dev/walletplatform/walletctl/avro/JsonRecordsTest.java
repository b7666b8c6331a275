package dev.walletplatform.walletctl.avro;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.walletplatform.schemas.command.v1.TransferRequested;
import dev.walletplatform.schemas.command.v1.WalletCommand;
import dev.walletplatform.schemas.event.v1.DepositConfirmed;
import dev.walletplatform.schemas.event.v1.WalletEvent;
import dev.walletplatform.schemas.result.v1.CommandResult;
import dev.walletplatform.walletctl.UsageException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class JsonRecordsTest {
  private static final String DEPOSIT =
      """
      {"event_id": "6a1f2c4e-0000-4000-8000-000000000001", "source": "drill",
       "occurred_at": "2026-03-14T09:00:00Z",
       "payload": {"DepositConfirmed": {"wallet": "alice", "asset": "ETH",
                   "amount": "123456789012345678901234567890", "chain_reference": "0xabc:1"}}}""";

  @Test
  void readsAmountsAsMinorUnitsTimesAsIsoAndTheUnionByShortName() {
    WalletEvent event = JsonRecords.parse(WalletEvent.class, DEPOSIT);

    assertThat(event.getEventId())
        .isEqualTo(UUID.fromString("6a1f2c4e-0000-4000-8000-000000000001"));
    assertThat(event.getOccurredAt()).isEqualTo(Instant.parse("2026-03-14T09:00:00Z"));
    DepositConfirmed deposit = (DepositConfirmed) event.getPayload();
    assertThat(deposit.getAmount()).isEqualTo(new BigDecimal("123456789012345678901234567890"));
  }

  @Test
  void rendersTheFormItReads() {
    WalletEvent event = JsonRecords.parse(WalletEvent.class, DEPOSIT);

    String json = JsonRecords.render(event);

    assertThat(json)
        .contains("\"amount\" : \"123456789012345678901234567890\"")
        .contains("\"occurred_at\" : \"2026-03-14T09:00:00Z\"")
        .contains("\"DepositConfirmed\" : {");
    assertThat(JsonRecords.parse(WalletEvent.class, json)).isEqualTo(event);
  }

  @Test
  void acceptsTheFullNameOfAUnionBranchAndANullableFieldLeftOut() {
    WalletCommand command =
        JsonRecords.parse(
            WalletCommand.class,
            """
        {"command_id": "6a1f2c4e-0000-4000-8000-000000000002", "client_id": "c", "idempotency_key": "k",
         "request_hash": "h", "accepted_at": 1773478800000,
         "payload": {"dev.walletplatform.schemas.command.v1.TransferRequested":
                     {"from_wallet": "a", "to_wallet": "b", "asset": "BTC", "amount": 5}}}""");
    assertThat(((TransferRequested) command.getPayload()).getAmount())
        .isEqualTo(BigDecimal.valueOf(5));

    CommandResult result =
        JsonRecords.parse(
            CommandResult.class,
            """
        {"message_id": "6a1f2c4e-0000-4000-8000-000000000003", "message_kind": "TRANSFER", "wallet": "a",
         "status": "APPLIED", "processed_at": "2026-03-14T09:00:00Z"}""");
    assertThat(result.getReasonCode()).isNull();
  }

  @Test
  void refusesJsonThatDoesNotMatchTheSchemaNamingTheField() {
    assertThatThrownBy(
            () ->
                JsonRecords.parse(
                    WalletEvent.class,
                    DEPOSIT.replace("\"123456789012345678901234567890\"", "\"1.5\"")))
        .isInstanceOf(UsageException.class)
        .hasMessageContaining("$.payload.DepositConfirmed.amount")
        .hasMessageContaining("whole number of minor units");
    assertThatThrownBy(
            () -> JsonRecords.parse(WalletEvent.class, DEPOSIT.replace("\"source\"", "\"sauce\"")))
        .hasMessageContaining("$.sauce: WalletEvent has no such field");
    assertThatThrownBy(
            () -> JsonRecords.parse(WalletEvent.class, DEPOSIT.replace("\"asset\": \"ETH\",", "")))
        .hasMessageContaining("$.payload.DepositConfirmed.asset: missing");
    assertThatThrownBy(
            () ->
                JsonRecords.parse(
                    WalletEvent.class, DEPOSIT.replace("{\"DepositConfirmed\": {", "{{")))
        .hasMessageContaining("not JSON");
    assertThatThrownBy(
            () ->
                JsonRecords.parse(
                    WalletEvent.class, DEPOSIT.replace("6a1f2c4e-0000", "not-a-uuid")))
        .isInstanceOf(UsageException.class)
        .hasMessageContaining("does not match WalletEvent");
    assertThatThrownBy(
            () ->
                JsonRecords.parse(
                    WalletEvent.class, DEPOSIT.replace("DepositConfirmed", "Deposit")))
        .hasMessageContaining("$.payload: is one of [WalletOpened, DepositConfirmed");
  }
}

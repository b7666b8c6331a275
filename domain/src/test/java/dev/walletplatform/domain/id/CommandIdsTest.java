package dev.walletplatform.domain.id;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.walletplatform.domain.error.ErrorCode;
import dev.walletplatform.domain.error.InvalidInputException;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CommandIdsTest {
  @Test
  void derivesTheSameVersion5IdForTheSameClientAndKey() {
    UUID first = CommandIds.derive("client-a", new IdempotencyKey("key-00000001"));
    UUID again = CommandIds.derive("client-a", new IdempotencyKey("key-00000001"));
    assertThat(again).isEqualTo(first);
    assertThat(first.version()).isEqualTo(5);
    assertThat(first.variant()).isEqualTo(2);
  }

  @Test
  void derivesDifferentIdsForOtherClientsOrKeys() {
    UUID base = CommandIds.derive("client-a", new IdempotencyKey("key-00000001"));
    assertThat(CommandIds.derive("client-b", new IdempotencyKey("key-00000001")))
        .isNotEqualTo(base);
    assertThat(CommandIds.derive("client-a", new IdempotencyKey("key-00000002")))
        .isNotEqualTo(base);
  }

  @Test
  void rejectsMalformedIdempotencyKeys() {
    assertThatThrownBy(() -> IdempotencyKey.parse(null))
        .extracting(e -> ((InvalidInputException) e).code())
        .isEqualTo(ErrorCode.MISSING_IDEMPOTENCY_KEY);
    for (String bad : new String[] {"short", "has space in it", "x".repeat(129), "ключ-12345678"}) {
      assertThatThrownBy(() -> IdempotencyKey.parse(bad))
          .extracting(e -> ((InvalidInputException) e).code())
          .isEqualTo(ErrorCode.INVALID_IDEMPOTENCY_KEY);
    }
  }

  @Test
  void rejectsMalformedWalletIds() {
    for (String bad :
        new String[] {"ab", "-abc", "a".repeat(65), "wal let", "wallet/1", "wället"}) {
      assertThatThrownBy(() -> WalletId.parse(bad, "wallet"))
          .extracting(e -> ((InvalidInputException) e).code())
          .isEqualTo(ErrorCode.INVALID_WALLET_ID);
    }
    assertThat(WalletId.parse("alice_01", "wallet").value()).isEqualTo("alice_01");
  }
}

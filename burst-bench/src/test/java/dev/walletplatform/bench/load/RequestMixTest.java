package dev.walletplatform.bench.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.walletplatform.domain.id.IdempotencyKey;
import dev.walletplatform.domain.money.AmountParser;
import dev.walletplatform.domain.money.AssetCatalog;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class RequestMixTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final RequestMix mix =
      new RequestMix(List.of("w-1", "w-2", "w-3", "w-4"), List.of("drop-1", "drop-2"), "run-7", 42);

  @Test
  void sendsTheSameRequestForTheSameNumber() {
    assertThat(mix.request(123)).isEqualTo(mix.request(123));
    assertThat(mix.request(123)).isNotEqualTo(mix.request(124));
  }

  @Test
  void mixesEightyPercentTransfersTenWithdrawalsTenClaims() {
    Map<WalletRequest.Kind, Integer> counts = new EnumMap<>(WalletRequest.Kind.class);
    for (long seq = 0; seq < 10_000; seq++) {
      counts.merge(mix.request(seq).kind(), 1, Integer::sum);
    }
    assertThat(counts.get(WalletRequest.Kind.TRANSFER)).isBetween(7_700, 8_300);
    assertThat(counts.get(WalletRequest.Kind.WITHDRAWAL)).isBetween(800, 1_200);
    assertThat(counts.get(WalletRequest.Kind.CLAIM)).isBetween(800, 1_200);
  }

  @Test
  void everyRequestIsValidForTheGatewaysContract() throws Exception {
    AssetCatalog assets = AssetCatalog.defaults();
    for (long seq = 0; seq < 2_000; seq++) {
      WalletRequest request = mix.request(seq);
      IdempotencyKey.parse(request.idempotencyKey());
      JsonNode body = JSON.readTree(request.jsonBody());
      switch (request.kind()) {
        case TRANSFER -> {
          assertThat(body.get("from_wallet").asText()).isNotEqualTo(body.get("to_wallet").asText());
          AmountParser.parse(
              body.get("amount").asText(),
              assets.require(body.get("asset").asText(), "asset"),
              "amount");
        }
        case WITHDRAWAL -> {
          AmountParser.parse(
              body.get("amount").asText(), assets.require("USDC", "asset"), "amount");
          assertThat(body.get("destination").asText()).hasSizeBetween(10, 128);
        }
        case CLAIM -> assertThat(request.path()).matches("/v1/giveaways/drop-[12]/claims");
      }
      assertThat(body.get("amount") == null || body.get("amount").isTextual())
          .as("amounts are strings")
          .isTrue();
    }
  }

  @Test
  void writesAmountsAsPlainDecimalsInAssetUnits() {
    SplittableRandom random = new SplittableRandom(1);
    String amount = RequestMix.amount(random, 1_500, 1_500, 6);
    assertThat(amount).isEqualTo("0.0015");
    assertThat(RequestMix.amount(random, 100_000_000, 100_000_000, 8)).isEqualTo("1");
  }

  @Test
  void refusesAMixItCannotBuild() {
    assertThatThrownBy(() -> new RequestMix(List.of("only"), List.of("c"), "p", 1))
        .hasMessageContaining("2 wallets");
    assertThatThrownBy(() -> new RequestMix(List.of("a", "b"), List.of(), "p", 1))
        .hasMessageContaining("campaign");
    assertThatThrownBy(() -> new RequestMix(List.of("a", "b"), List.of("c"), "has space", 1))
        .hasMessageContaining("keyPrefix");
  }
}

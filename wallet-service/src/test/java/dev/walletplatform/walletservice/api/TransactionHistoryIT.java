package dev.walletplatform.walletservice.api;

import static dev.walletplatform.walletservice.RunningWalletService.json;
import static dev.walletplatform.walletservice.api.WalletReadApiIT.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.walletplatform.testsupport.PostgresExtension;
import dev.walletplatform.testsupport.TestDatabase;
import dev.walletplatform.walletservice.RunningWalletService;
import dev.walletplatform.walletservice.db.LedgerFixtures;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** Keyset pages of a wallet's history over real HTTPS against a real PostgreSQL. */
@ExtendWith(PostgresExtension.class)
class TransactionHistoryIT {
  private static RunningWalletService service;
  private static LedgerFixtures ledger;

  @BeforeAll
  static void start(TestDatabase db, @TempDir Path dir) throws Exception {
    ledger = LedgerFixtures.migrated(db.jdbcUrl(), db.username(), db.password(), db.dataSource());
    ledger
        .customer("carol")
        .entries("carol", 1, 120)
        .customer("erin")
        .entries("erin", 1, 3)
        .customer("frank");
    service =
        RunningWalletService.start(
            dir, db.jdbcUrl(), db.username(), db.password(), Duration.ofSeconds(2));
  }

  @AfterAll
  static void stop() {
    if (service != null) {
      service.close();
    }
  }

  @Test
  void pagesThrough120EntriesExactlyOnceNewestFirstWhileNewEntriesArrive() {
    List<String> seen = new ArrayList<>();
    List<Integer> pageSizes = new ArrayList<>();
    String cursor = null;
    long nextNew = 121;
    do {
      JsonNode page =
          page("carol", "limit=50" + (cursor == null ? "" : "&cursor=" + encode(cursor)));
      page.path("items").forEach(item -> seen.add(item.path("entry_id").asText()));
      pageSizes.add(page.path("items").size());
      cursor = page.path("next_cursor").isNull() ? null : page.path("next_cursor").asText();
      ledger.entries(
          "carol", nextNew, nextNew + 4); // five newer entries land between every two pages
      nextNew += 5;
    } while (cursor != null);

    List<String> expected =
        LongStream.iterate(120, seq -> seq >= 1, seq -> seq - 1)
            .mapToObj(seq -> LedgerFixtures.entryId("carol", seq).toString())
            .toList();
    assertThat(pageSizes).containsExactly(50, 50, 20);
    assertThat(seen).containsExactlyElementsOf(expected);
  }

  @Test
  void rendersEachEntryWithItsCommandIdAndSignedAmounts() {
    JsonNode items = page("erin", "limit=2").path("items");
    assertThat(items.get(0).toString())
        .isEqualTo(
            "{\"entry_id\":\""
                + LedgerFixtures.entryId("erin", 3)
                + "\","
                + "\"command_id\":\""
                + LedgerFixtures.commandId("erin", 3)
                + "\","
                + "\"type\":\"transfer_in\",\"asset\":\"BTC\",\"amount\":\"0.00000003\","
                + "\"balance_after\":\"0.00003\",\"counterparty\":\"bob\","
                + "\"created_at\":\""
                + LedgerFixtures.instant(3)
                + "\"}");
    assertThat(items.get(1).path("amount").asText()).isEqualTo("-0.00000002");
  }

  @Test
  void endsWithANullCursorOnTheLastPage() {
    JsonNode all = page("erin", "limit=3");
    assertThat(all.path("items").size()).isEqualTo(3);
    assertThat(all.path("next_cursor").isNull()).isTrue();
    JsonNode empty = page("frank", "");
    assertThat(empty.path("items").size()).isZero();
    assertThat(empty.path("next_cursor").isNull()).isTrue();
  }

  @Test
  void defaultsToPagesOfFifty() {
    assertThat(page("carol", "").path("items").size()).isEqualTo(50);
  }

  @Test
  void refusesLimitsOutsideOneToTwoHundred() {
    for (String limit : List.of("0", "201", "abc", "-5")) {
      JsonNode error =
          assertError(
              service.get("/v1/wallets/carol/transactions?limit=" + limit), 400, "INVALID_LIMIT");
      assertThat(error.path("details").path("field").asText()).isEqualTo("limit");
    }
  }

  @Test
  void refusesCursorsThatAreDamagedOrBelongToAnotherWallet() {
    String carols = page("carol", "limit=10").path("next_cursor").asText();
    assertError(
        service.get("/v1/wallets/erin/transactions?cursor=" + carols), 400, "INVALID_CURSOR");
    String damaged = (carols.charAt(5) == 'A' ? "B" : "A");
    damaged = carols.substring(0, 5) + damaged + carols.substring(6);
    assertError(
        service.get("/v1/wallets/carol/transactions?cursor=" + damaged), 400, "INVALID_CURSOR");
    assertError(
        service.get("/v1/wallets/carol/transactions?cursor=%27%20OR%201%3D1"),
        400,
        "INVALID_CURSOR");
  }

  private static JsonNode page(String wallet, String query) {
    HttpResponse<String> response = service.get("/v1/wallets/" + wallet + "/transactions?" + query);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return json(response);
  }

  private static String encode(String cursor) {
    return URLEncoder.encode(cursor, StandardCharsets.UTF_8);
  }
}

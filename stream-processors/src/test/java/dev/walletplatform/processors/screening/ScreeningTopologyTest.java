package dev.walletplatform.processors.screening;

import static dev.walletplatform.processors.streams.TopologyFixture.T0;
import static dev.walletplatform.processors.streams.TopologyFixture.claim;
import static dev.walletplatform.processors.streams.TopologyFixture.transfer;
import static dev.walletplatform.processors.streams.TopologyFixture.withdrawal;
import static org.assertj.core.api.Assertions.assertThat;

import dev.walletplatform.domain.ledger.RejectionReason;
import dev.walletplatform.processors.config.ScreeningSettings;
import dev.walletplatform.processors.config.ScreeningSettings.CampaignScreening;
import dev.walletplatform.processors.config.WindowLimit;
import dev.walletplatform.processors.deadletter.DeadLetterRecords;
import dev.walletplatform.processors.streams.TopologyFixture;
import dev.walletplatform.schemas.Topics;
import dev.walletplatform.schemas.command.v1.WalletCommand;
import dev.walletplatform.schemas.result.v1.CommandResult;
import dev.walletplatform.schemas.result.v1.Outcome;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every screening rule, its window edges and its exactly-once bookkeeping, on a TopologyTestDriver.
 */
class ScreeningTopologyTest {
  private static final String DROP = "spring-drop";

  /**
   * 3 claims per device per minute, 2 withdrawals per wallet per hour, 10 s grace; vip-drop allows
   * 1.
   */
  private static final ScreeningSettings LIMITS =
      ScreeningSettings.fromYaml(
          new WindowLimit(3, io.dropwizard.util.Duration.minutes(1)),
          new WindowLimit(2, io.dropwizard.util.Duration.hours(1)),
          io.dropwizard.util.Duration.seconds(10),
          null,
          Map.of(
              "vip-drop",
              new CampaignScreening(new WindowLimit(1, io.dropwizard.util.Duration.minutes(1)))),
          null);

  @TempDir Path state;
  private TopologyFixture platform;

  @BeforeEach
  void start() {
    platform = new TopologyFixture(LIMITS, Duration.ofHours(1), state);
  }

  @AfterEach
  void stop() {
    platform.close();
  }

  @Test
  void passesEveryCommandUnderTheLimitsByteForByteInInputOrderUnderItsKey() {
    List<WalletCommand> sent =
        List.of(
            transfer("alice-1", "bob-22", T0),
            claim(DROP, "alice-1", "ios-1", T0.plusMillis(1)),
            withdrawal("alice-1", T0.plusMillis(2)),
            transfer("alice-1", "carol-3", T0.plusMillis(3)),
            withdrawal("alice-1", T0.plusMillis(4)),
            claim(DROP, "alice-1", "ios-1", T0.plusMillis(5)));
    sent.forEach(command -> platform.accept("alice-1", command));

    List<TestRecord<String, byte[]>> screened = platform.screenedRecords();
    assertThat(screened).extracting(TestRecord::key).containsOnly("alice-1");
    assertThat(screened)
        .extracting(TestRecord::value)
        .containsExactlyElementsOf(sent.stream().map(platform::bytesOf).toList());
    assertThat(platform.screeningResults()).isEmpty();
  }

  @Test
  void cutsClaimsFromOneDeviceAtItsLimitPerMinuteAndLetsOtherDevicesThrough() {
    List<WalletCommand> bot = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      bot.add(claim(DROP, "fresh-" + i, "bot-device", T0.plusSeconds(i)));
    }
    WalletCommand human = claim(DROP, "human-1", "pixel-7", T0.plusSeconds(6));
    bot.forEach(c -> platform.accept(walletOf(c), c));
    platform.accept("human-1", human);

    assertThat(ids(platform.screenedCommands()))
        .containsExactly(id(bot.get(0)), id(bot.get(1)), id(bot.get(2)), id(human));
    List<CommandResult> rejections = platform.screeningResults();
    assertThat(rejections)
        .extracting(r -> r.getMessageId().toString())
        .containsExactly(id(bot.get(3)), id(bot.get(4)));
    assertThat(rejections)
        .allSatisfy(
            r -> {
              assertThat(r.getStatus()).isEqualTo(Outcome.REJECTED);
              assertThat(r.getReasonCode())
                  .isEqualTo(RejectionReason.DEVICE_CLAIM_LIMIT_EXCEEDED.name());
              assertThat(r.getMessageKind()).isEqualTo("GIVEAWAY_CLAIM");
              assertThat(r.getCampaignId()).isEqualTo(DROP);
            });
    assertThat(rejections.get(0).getWallet()).isEqualTo("fresh-3");
    assertThat(platform.screeningMetrics.rejectedCount(RejectionReason.DEVICE_CLAIM_LIMIT_EXCEEDED))
        .isEqualTo(2);
  }

  @Test
  void startsCountingAfreshExactlyAtTheMinuteBoundary() {
    Instant lastMilli = T0.plusMillis(59_999);
    List<WalletCommand> inFirstMinute =
        List.of(
            claim(DROP, "w-a1", "dev", T0),
            claim(DROP, "w-a2", "dev", T0.plusSeconds(30)),
            claim(DROP, "w-a3", "dev", lastMilli));
    WalletCommand overInFirstMinute = claim(DROP, "w-a4", "dev", lastMilli);
    WalletCommand firstOfNextMinute = claim(DROP, "w-a5", "dev", T0.plusSeconds(60));
    inFirstMinute.forEach(c -> platform.accept(walletOf(c), c));
    platform.accept("w-a4", overInFirstMinute);
    platform.accept("w-a5", firstOfNextMinute);

    assertThat(ids(platform.screenedCommands()))
        .containsExactly(
            id(inFirstMinute.get(0)),
            id(inFirstMinute.get(1)),
            id(inFirstMinute.get(2)),
            id(firstOfNextMinute));
    assertThat(ids(platform.screeningResults())).containsExactly(id(overInFirstMinute));
  }

  @Test
  void countsClaimsWithoutADeviceIdPerAuthenticatedClient() {
    for (int i = 0; i < 4; i++) {
      platform.accept("anon-" + i, claim(DROP, "anon-" + i, null, T0.plusSeconds(i)));
    }

    assertThat(platform.screenedCommands()).hasSize(3);
    assertThat(platform.screeningResults())
        .singleElement()
        .satisfies(r -> assertThat(r.getReasonCode()).isEqualTo("DEVICE_CLAIM_LIMIT_EXCEEDED"));
  }

  @Test
  void appliesACampaignsOwnLimitAndCountsEachCampaignApart() {
    platform.accept("v-1", claim("vip-drop", "v-1", "dev", T0));
    platform.accept("v-2", claim("vip-drop", "v-2", "dev", T0.plusSeconds(1)));
    platform.accept("v-3", claim(DROP, "v-3", "dev", T0.plusSeconds(2)));

    assertThat(platform.screenedCommands())
        .extracting(TopologyFixture::walletOfClaim)
        .containsExactly("v-1", "v-3");
    assertThat(platform.screeningResults())
        .extracting(CommandResult::getWallet)
        .containsExactly("v-2");
  }

  @Test
  void cutsWithdrawalsFromOneWalletAtItsLimitPerHour() {
    WalletCommand first = withdrawal("saver-1", T0);
    WalletCommand second = withdrawal("saver-1", T0.plusSeconds(600));
    WalletCommand third = withdrawal("saver-1", T0.plusSeconds(3_599));
    WalletCommand otherWallet = withdrawal("saver-2", T0.plusSeconds(3_599));
    WalletCommand nextHour = withdrawal("saver-1", T0.plusSeconds(3_600));
    for (WalletCommand c : List.of(first, second, third, otherWallet, nextHour)) {
      platform.accept(walletOf(c), c);
    }

    assertThat(ids(platform.screenedCommands()))
        .containsExactly(id(first), id(second), id(otherWallet), id(nextHour));
    assertThat(platform.screeningResults())
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.getMessageId().toString()).isEqualTo(id(third));
              assertThat(r.getReasonCode())
                  .isEqualTo(RejectionReason.WALLET_WITHDRAWAL_LIMIT_EXCEEDED.name());
              assertThat(r.getMessageKind()).isEqualTo("WITHDRAWAL");
              assertThat(r.getCampaignId()).isNull();
            });
  }

  @Test
  void passesALateClaimUncountedOnceItsWindowClosedPastTheGrace() {
    fillDevice("late-dev", T0);
    platform.accept(
        "other", claim(DROP, "other", "other-dev", T0.plusSeconds(130))); // stream time 12:02:10
    WalletCommand late =
        claim(DROP, "late-4", "late-dev", T0.plusSeconds(5)); // window 12:00 closed at 12:01:10
    platform.accept("late-4", late);

    assertThat(ids(platform.screenedCommands())).endsWith(id(late));
    assertThat(platform.screeningResults()).isEmpty();
    assertThat(platform.metrics.counter("screening.commands.late").count()).isEqualTo(1.0);
  }

  @Test
  void stillCountsAnOutOfOrderClaimWhoseWindowIsWithinTheGrace() {
    fillDevice("slow-dev", T0);
    platform.accept(
        "other", claim(DROP, "other", "other-dev", T0.plusSeconds(65))); // stream time 12:01:05
    WalletCommand outOfOrder =
        claim(DROP, "slow-4", "slow-dev", T0.plusSeconds(10)); // window open until 12:01:10
    platform.accept("slow-4", outOfOrder);

    assertThat(ids(platform.screeningResults())).containsExactly(id(outOfOrder));
    assertThat(platform.metrics.counter("screening.commands.late").count()).isZero();
  }

  @Test
  void answersARedeliveryWithItsFirstVerdictAndCountsEachCommandIdOnce() {
    WalletCommand first = claim(DROP, "r-1", "dev", T0);
    platform.accept("r-1", first);
    platform.accept("r-1", first); // the gateway's producer retried
    platform.accept("r-1", first);
    WalletCommand second = claim(DROP, "r-2", "dev", T0.plusSeconds(1));
    WalletCommand third = claim(DROP, "r-3", "dev", T0.plusSeconds(2));
    WalletCommand fourth = claim(DROP, "r-4", "dev", T0.plusSeconds(3));
    for (WalletCommand c : List.of(second, third, fourth, fourth)) {
      platform.accept(walletOf(c), c);
    }

    assertThat(ids(platform.screenedCommands()))
        .as("redeliveries pass on again; the ledger skips them")
        .containsExactly(id(first), id(first), id(first), id(second), id(third));
    assertThat(ids(platform.screeningResults()))
        .as("the rejection is repeated, not turned into a pass")
        .containsExactly(id(fourth), id(fourth));
    assertThat(platform.metrics.counter("screening.commands.redelivered").count()).isEqualTo(3.0);
  }

  @Test
  void aRetryOfTheSameCommandIdAcceptedLaterByAnotherGatewayPodIsCountedOnce() {
    WalletCommand original = claim(DROP, "retry-1", "dev", T0);
    WalletCommand retried =
        WalletCommand.newBuilder(original).setAcceptedAt(T0.plusSeconds(20)).build();
    platform.accept("retry-1", original);
    platform.accept("retry-1", retried);
    platform.accept("retry-2", claim(DROP, "retry-2", "dev", T0.plusSeconds(21)));
    platform.accept("retry-3", claim(DROP, "retry-3", "dev", T0.plusSeconds(22)));

    assertThat(platform.screenedCommands()).hasSize(4);
    assertThat(platform.screeningResults()).isEmpty();
  }

  @Test
  void refusesClaimsOnlyOnceTheLedgerHasPaidOutTheWholeBudget() {
    platform.openCampaign(DROP, 10, 30); // three claims
    for (int i = 0; i < 3; i++) {
      WalletCommand c = claim(DROP, "payee-" + i, "device-" + i, T0.plusSeconds(i));
      platform.accept(walletOf(c), c);
      assertThat(platform.screenedCommands()).as("claim %d with budget left", i).hasSize(1);
      platform.ledgerDecided(c, walletOf(c), Outcome.APPLIED, null, DROP, "GIVEAWAY_CLAIM");
    }
    WalletCommand tooLate = claim(DROP, "payee-3", "device-3", T0.plusSeconds(5));
    platform.accept("payee-3", tooLate);

    assertThat(platform.screenedCommands()).isEmpty();
    assertThat(platform.screeningResults())
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.getMessageId().toString()).isEqualTo(id(tooLate));
              assertThat(r.getReasonCode())
                  .isEqualTo(RejectionReason.CAMPAIGN_BUDGET_EXHAUSTED.name());
            });
  }

  @Test
  void neitherADuplicateClaimNorARedeliveredResultSpendsBudget() {
    platform.openCampaign(DROP, 10, 20); // two claims
    WalletCommand alice = claim(DROP, "alice-1", "a-dev", T0);
    WalletCommand aliceAgain = claim(DROP, "alice-1", "a-dev", T0.plusSeconds(1));
    platform.accept("alice-1", alice);
    platform.accept("alice-1", aliceAgain);
    platform.ledgerDecided(alice, "alice-1", Outcome.APPLIED, null, DROP, "GIVEAWAY_CLAIM");
    platform.ledgerDecided(
        alice, "alice-1", Outcome.APPLIED, null, DROP, "GIVEAWAY_CLAIM"); // redelivered batch
    platform.ledgerDecided(
        aliceAgain, "alice-1", Outcome.REJECTED, "ALREADY_CLAIMED", DROP, "GIVEAWAY_CLAIM");
    WalletCommand bob = claim(DROP, "bob-22", "b-dev", T0.plusSeconds(2));
    platform.accept("bob-22", bob);
    platform.ledgerDecided(bob, "bob-22", Outcome.APPLIED, null, DROP, "GIVEAWAY_CLAIM");
    WalletCommand carol = claim(DROP, "carol-3", "c-dev", T0.plusSeconds(3));
    platform.accept("carol-3", carol);

    assertThat(ids(platform.screenedCommands()))
        .containsExactly(id(alice), id(aliceAgain), id(bob));
    assertThat(ids(platform.screeningResults())).containsExactly(id(carol));
  }

  @Test
  void aClaimRefusedForBudgetUsesNoneOfItsDevicesQuota() {
    platform.openCampaign("tiny-drop", 10, 10);
    WalletCommand only = claim("tiny-drop", "t-0", "shared-dev", T0);
    platform.accept("t-0", only);
    platform.ledgerDecided(only, "t-0", Outcome.APPLIED, null, "tiny-drop", "GIVEAWAY_CLAIM");
    for (int i = 1; i <= 5; i++) {
      platform.accept("t-" + i, claim("tiny-drop", "t-" + i, "shared-dev", T0.plusSeconds(i)));
    }
    platform.screenedCommands();
    platform.screeningResults();
    for (int i = 0; i < 2; i++) {
      platform.accept("d-" + i, claim(DROP, "d-" + i, "shared-dev", T0.plusSeconds(10 + i)));
    }

    assertThat(platform.screenedCommands()).as("one claim counted so far on shared-dev").hasSize(2);
  }

  @Test
  void deadLettersAnUndecodableCommandAndScreensTheNextOne() {
    byte[] garbage = "{\"not\":\"avro\"}".getBytes(StandardCharsets.UTF_8);
    platform.pipeRawCommand("dlq-alice", garbage, T0);
    WalletCommand next = claim(DROP, "dlq-alice", "dev", T0.plusSeconds(1));
    platform.accept("dlq-alice", next);

    assertThat(ids(platform.screenedCommands())).containsExactly(id(next));
    TestRecord<byte[], byte[]> letter = platform.deadLetters().getFirst();
    assertThat(letter.value()).isEqualTo(garbage);
    assertThat(new String(letter.key(), StandardCharsets.UTF_8)).isEqualTo("dlq-alice");
    assertThat(header(letter, DeadLetterRecords.ERROR_CODE)).isEqualTo("DECODING_FAILED");
    assertThat(header(letter, DeadLetterRecords.SOURCE_TOPIC)).isEqualTo(Topics.COMMANDS);
    assertThat(header(letter, DeadLetterRecords.SOURCE_OFFSET)).isEqualTo("0");
    assertThat(header(letter, DeadLetterRecords.ERROR_MESSAGE)).contains("magic byte");
    assertThat(platform.metrics.counter("wallet.deadletters", "code", "DECODING_FAILED").count())
        .isEqualTo(1);
  }

  private void fillDevice(String device, Instant at) {
    for (int i = 1; i <= 3; i++) {
      platform.accept(device + "-w" + i, claim(DROP, device + "-w" + i, device, at.plusMillis(i)));
    }
    assertThat(platform.screenedCommands()).hasSize(3);
  }

  private static String header(TestRecord<byte[], byte[]> record, String key) {
    return new String(record.headers().lastHeader(key).value(), StandardCharsets.UTF_8);
  }

  private static String walletOf(WalletCommand command) {
    return TopologyFixture.walletOf(command);
  }

  private static String id(WalletCommand command) {
    return command.getCommandId().toString();
  }

  private static List<String> ids(List<?> commandsOrResults) {
    return commandsOrResults.stream()
        .map(
            o ->
                o instanceof WalletCommand c
                    ? id(c)
                    : ((CommandResult) o).getMessageId().toString())
        .toList();
  }
}

package dev.walletplatform.processors.screening.campaign;

import static dev.walletplatform.processors.streams.TopologyFixture.T0;
import static dev.walletplatform.processors.streams.TopologyFixture.claim;
import static org.assertj.core.api.Assertions.assertThat;

import dev.walletplatform.processors.config.ScreeningSettings;
import dev.walletplatform.processors.streams.TopologyFixture;
import dev.walletplatform.schemas.command.v1.WalletCommand;
import dev.walletplatform.schemas.result.v1.Outcome;
import java.math.BigInteger;
import java.nio.file.Path;
import java.time.Duration;
import org.apache.kafka.streams.state.KeyValueStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What each campaign has paid, counted from the ledger's results exactly once per claim. */
class CampaignBudgetTopologyTest {
  @TempDir Path state;
  private TopologyFixture platform;
  private KeyValueStore<String, CampaignBudget> budgets;

  @BeforeEach
  void start() {
    platform = new TopologyFixture(ScreeningSettings.defaults(), Duration.ofHours(1), state);
    budgets = platform.driver().getKeyValueStore(CampaignBudgetTopology.BUDGETS_STORE);
  }

  @AfterEach
  void stop() {
    platform.close();
  }

  @Test
  void keepsTheTermsOfTheFirstAcceptableOpeningAsTheLedgerDoes() {
    platform.openCampaign(
        "drop-1", 25, 20); // budget below one claim: the ledger refuses it (INVALID_CAMPAIGN)
    assertThat(budgets.get("drop-1")).isNull();
    platform.openCampaign("drop-1", 25, 100);
    platform.openCampaign("drop-1", 50, 1_000); // DUPLICATE_CAMPAIGN in the ledger

    CampaignBudget budget = budgets.get("drop-1");
    assertThat(budget.terms().amountPerClaim()).isEqualTo(BigInteger.valueOf(25));
    assertThat(budget.terms().budget()).isEqualTo(BigInteger.valueOf(100));
    assertThat(budget.remaining()).isEqualTo(BigInteger.valueOf(100));
  }

  @Test
  void countsEachAppliedClaimOnceAndNothingElse() {
    platform.openCampaign("drop-2", 10, 100);
    WalletCommand paid = claim("drop-2", "w-1", "d", T0);
    WalletCommand refused = claim("drop-2", "w-1", "d", T0);
    platform.ledgerDecided(paid, "w-1", Outcome.APPLIED, null, "drop-2", "GIVEAWAY_CLAIM");
    platform.ledgerDecided(paid, "w-1", Outcome.APPLIED, null, "drop-2", "GIVEAWAY_CLAIM");
    platform.ledgerDecided(
        refused, "w-1", Outcome.REJECTED, "ALREADY_CLAIMED", "drop-2", "GIVEAWAY_CLAIM");
    platform.ledgerDecided(
        claim("drop-2", "w-2", "d", T0), "w-2", Outcome.APPLIED, null, null, "GIVEAWAY_CLAIM");

    assertThat(budgets.get("drop-2").paidClaims())
        .as("a result without campaign id (older applier) is not counted")
        .isEqualTo(1);
    assertThat(budgets.get("drop-2").remaining()).isEqualTo(BigInteger.valueOf(90));
  }

  @Test
  void isExhaustedExactlyWhenTheLedgerWouldRefuseTheNextClaim() {
    CampaignTerms terms =
        new CampaignTerms(
            "USDC", BigInteger.valueOf(30), BigInteger.valueOf(100), T0, T0.plusSeconds(60));
    assertThat(new CampaignBudget("c", terms, 3).exhausted()).as("90 paid, 10 left < 30").isTrue();
    assertThat(new CampaignBudget("c", terms, 2).exhausted()).as("60 paid, 40 left").isFalse();
    assertThat(new CampaignBudget("c", null, 1_000).exhausted())
        .as("terms unknown: never")
        .isFalse();
    CampaignTerms exact =
        new CampaignTerms("USDC", BigInteger.TEN, BigInteger.valueOf(30), T0, T0.plusSeconds(60));
    assertThat(new CampaignBudget("c", exact, 2).exhausted())
        .as("the last 10 still pays")
        .isFalse();
    assertThat(new CampaignBudget("c", exact, 3).exhausted()).isTrue();
  }
}

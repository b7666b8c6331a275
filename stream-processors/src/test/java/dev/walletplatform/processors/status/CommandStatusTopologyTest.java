package dev.walletplatform.processors.status;

import static dev.walletplatform.processors.streams.TopologyFixture.T0;
import static dev.walletplatform.processors.streams.TopologyFixture.claim;
import static dev.walletplatform.processors.streams.TopologyFixture.transfer;
import static org.assertj.core.api.Assertions.assertThat;

import dev.walletplatform.processors.config.ScreeningSettings;
import dev.walletplatform.processors.config.WindowLimit;
import dev.walletplatform.processors.status.CommandStatus.State;
import dev.walletplatform.processors.streams.TopologyFixture;
import dev.walletplatform.schemas.command.v1.WalletCommand;
import dev.walletplatform.schemas.result.v1.Outcome;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.apache.kafka.streams.state.KeyValueStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The status view as the wallet service sees it: accepted at once, then the decision, then
 * forgotten.
 */
class CommandStatusTopologyTest {
  private static final ScreeningSettings ONE_CLAIM_PER_DEVICE =
      ScreeningSettings.fromYaml(
          new WindowLimit(1, io.dropwizard.util.Duration.minutes(1)),
          null,
          null,
          null,
          Map.of(),
          null);

  @TempDir Path state;
  private TopologyFixture platform;
  private KeyValueStore<String, CommandStatus> view;

  @BeforeEach
  void start() {
    platform = new TopologyFixture(ONE_CLAIM_PER_DEVICE, Duration.ofHours(1), state);
    view = platform.driver().getKeyValueStore(CommandStatusTopology.STATUS_STORE);
  }

  @AfterEach
  void stop() {
    platform.close();
  }

  @Test
  void answersAcceptedAsSoonAsTheCommandIsInKafkaThenTheLedgersDecision() {
    WalletCommand command = transfer("alice-1", "bob-22", T0);
    platform.accept("alice-1", command);

    CommandStatus accepted = view.get(id(command));
    assertThat(accepted.state()).isEqualTo(State.ACCEPTED);
    assertThat(accepted.kind()).isEqualTo("TRANSFER");
    assertThat(accepted.wallet()).isEqualTo("alice-1");
    assertThat(accepted.acceptedAt()).isEqualTo(T0);

    platform.ledgerDecided(
        command, "alice-1", Outcome.REJECTED, "INSUFFICIENT_FUNDS", null, "TRANSFER");
    CommandStatus decided = view.get(id(command));
    assertThat(decided.state()).isEqualTo(State.REJECTED);
    assertThat(decided.reasonCode()).isEqualTo("INSUFFICIENT_FUNDS");
    assertThat(decided.acceptedAt()).as("kept from the acceptance").isEqualTo(T0);
    assertThat(decided.decidedAt()).isEqualTo(T0.plusSeconds(1));
  }

  @Test
  void showsScreeningsRejectionWithItsReason() {
    platform.accept("s-1", claim("spring-drop", "s-1", "dev", T0));
    WalletCommand second = claim("spring-drop", "s-2", "dev", T0.plusSeconds(1));
    platform.accept("s-2", second);

    CommandStatus status = view.get(id(second));
    assertThat(status.state()).isEqualTo(State.REJECTED);
    assertThat(status.reasonCode()).isEqualTo("DEVICE_CLAIM_LIMIT_EXCEEDED");
    assertThat(status.kind()).isEqualTo("GIVEAWAY_CLAIM");
  }

  @Test
  void keepsTheFirstDecisionAndIgnoresAResultArrivingBeforeItsAcceptance() {
    WalletCommand command = transfer("early-1", "bob-22", T0);
    platform.ledgerDecided(command, "early-1", Outcome.APPLIED, null, null, "TRANSFER");
    platform.accept("early-1", command);
    platform.ledgerDecided(
        command, "early-1", Outcome.APPLIED, null, null, "TRANSFER"); // redelivered batch

    CommandStatus status = view.get(id(command));
    assertThat(status.state()).isEqualTo(State.APPLIED);
    assertThat(status.acceptedAt()).isEqualTo(T0);
  }

  @Test
  void holdsNoStatusForEventsWhichOnlyTheDatabaseAnswers() {
    WalletCommand notACommand = transfer("ev-1", "bob-22", T0);
    platform.ledgerDecided(notACommand, "ev-1", Outcome.APPLIED, null, null, "DEPOSIT");

    assertThat(view.get(id(notACommand))).isNull();
  }

  @Test
  void forgetsACommandOnceTheRetentionHasPassed() {
    WalletCommand old = transfer("old-1", "bob-22", T0);
    platform.accept("old-1", old);
    platform.driver().advanceWallClockTime(Duration.ofMinutes(30));
    WalletCommand recent = transfer("new-1", "bob-22", T0);
    platform.accept("new-1", recent);
    platform.driver().advanceWallClockTime(Duration.ofMinutes(31));

    assertThat(view.get(id(old))).as("accepted 61 minutes ago, retention 1 hour").isNull();
    assertThat(view.get(id(recent))).isNotNull();
    assertThat(
            platform
                .driver()
                .<String, String>getKeyValueStore(CommandStatusTopology.EXPIRY_STORE)
                .approximateNumEntries())
        .isEqualTo(1);
  }

  private static String id(WalletCommand command) {
    return command.getCommandId().toString();
  }
}

package dev.walletplatform.walletservice.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.walletplatform.kit.status.CommandStatusView;
import dev.walletplatform.walletservice.db.ProcessedCommandRow;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CommandStatusResponseTest {
  private static final UUID ID = UUID.fromString("0b7e6c1e-2f7a-5c0e-9a51-3f1b2c4d5e6f");
  private static final Instant AT = Instant.parse("2025-01-31T12:00:00Z");

  @Test
  void showsAnAppliedCommandWithoutAReason() {
    CommandStatusResponse response =
        CommandStatusResponse.of(
            new ProcessedCommandRow(ID, "TRANSFER", "alice", "APPLIED", null, AT));
    assertThat(response)
        .isEqualTo(
            new CommandStatusResponse(ID.toString(), "applied", null, "2025-01-31T12:00:00Z"));
  }

  @Test
  void explainsAKnownRejectionReason() {
    CommandStatusResponse response =
        CommandStatusResponse.of(
            new ProcessedCommandRow(ID, "TRANSFER", "alice", "REJECTED", "INSUFFICIENT_FUNDS", AT));
    assertThat(response.status()).isEqualTo("rejected");
    assertThat(response.reason().code()).isEqualTo("INSUFFICIENT_FUNDS");
    assertThat(response.reason().message()).contains("balance is below");
  }

  @Test
  void showsACommandTheViewHoldsAsAcceptedWithoutADecisionTime() {
    CommandStatusResponse response =
        CommandStatusResponse.of(
            new CommandStatusView(
                ID.toString(), "accepted", null, "TRANSFER", "alice", AT, null, "processors-1"));
    assertThat(response)
        .isEqualTo(new CommandStatusResponse(ID.toString(), "accepted", null, null));
  }

  @Test
  void explainsAScreeningRejectionFromTheView() {
    CommandStatusResponse response =
        CommandStatusResponse.of(
            new CommandStatusView(
                ID.toString(),
                "rejected",
                "DEVICE_CLAIM_LIMIT_EXCEEDED",
                "GIVEAWAY_CLAIM",
                "alice",
                AT,
                AT.plusSeconds(1),
                "processors-1"));
    assertThat(response.reason().code()).isEqualTo("DEVICE_CLAIM_LIMIT_EXCEEDED");
    assertThat(response.reason().message()).contains("Too many giveaway claims from this device");
    assertThat(response.processedAt()).isEqualTo("2025-01-31T12:00:01Z");
  }

  @Test
  void stillShowsTheCodeOfAReasonNewerThanThisBuild() {
    CommandStatusResponse response =
        CommandStatusResponse.of(
            new ProcessedCommandRow(ID, "TRANSFER", "alice", "REJECTED", "VELOCITY_LIMIT", AT));
    assertThat(response.reason().code()).isEqualTo("VELOCITY_LIMIT");
    assertThat(response.reason().message()).contains("VELOCITY_LIMIT");
  }
}

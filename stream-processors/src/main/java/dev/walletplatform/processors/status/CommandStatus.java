package dev.walletplatform.processors.status;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.walletplatform.kit.status.CommandStatusView;
import dev.walletplatform.processors.ledger.model.MessageKind;
import dev.walletplatform.processors.streams.serde.AcceptedCommand;
import dev.walletplatform.schemas.command.v1.GiveawayClaimRequested;
import dev.walletplatform.schemas.command.v1.TransferRequested;
import dev.walletplatform.schemas.command.v1.WalletCommand;
import dev.walletplatform.schemas.command.v1.WithdrawalRequested;
import dev.walletplatform.schemas.result.v1.CommandResult;
import dev.walletplatform.schemas.result.v1.Outcome;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * What the view knows of one command: accepted (it is in Kafka), then decided (applied, or rejected
 * with a reason by the ledger or by screening). Facts arrive in any order from two topics, so
 * {@link #mergedWith} is order-free: the first decision is final (a redelivered result repeats it),
 * and acceptance details fill whatever is missing.
 */
public record CommandStatus(
    @JsonProperty("commandId") String commandId,
    @JsonProperty("state") State state,
    @JsonProperty("kind") String kind,
    @JsonProperty("wallet") String wallet,
    @JsonProperty("reasonCode") String reasonCode,
    @JsonProperty("acceptedAt") Instant acceptedAt,
    @JsonProperty("decidedAt") Instant decidedAt) {

  public enum State {
    ACCEPTED,
    APPLIED,
    REJECTED;

    boolean decided() {
      return this != ACCEPTED;
    }
  }

  public CommandStatus {
    Objects.requireNonNull(commandId, "commandId");
    Objects.requireNonNull(state, "state");
  }

  static CommandStatus accepted(AcceptedCommand accepted) {
    WalletCommand command = accepted.command();
    String kind;
    String wallet;
    switch (command.getPayload()) {
      case TransferRequested transfer -> {
        kind = MessageKind.TRANSFER.name();
        wallet = transfer.getFromWallet();
      }
      case WithdrawalRequested withdrawal -> {
        kind = MessageKind.WITHDRAWAL.name();
        wallet = withdrawal.getWallet();
      }
      case GiveawayClaimRequested claim -> {
        kind = MessageKind.GIVEAWAY_CLAIM.name();
        wallet = claim.getWallet();
      }
      default -> {
        kind = null; // a payload newer than this build: still accepted
        wallet = null;
      }
    }
    return new CommandStatus(
        accepted.commandId(), State.ACCEPTED, kind, wallet, null, command.getAcceptedAt(), null);
  }

  /** The decision in a result, or empty for an outcome this build cannot name (a newer symbol). */
  static Optional<CommandStatus> decided(CommandResult result) {
    State state =
        result.getStatus() == Outcome.APPLIED
            ? State.APPLIED
            : result.getStatus() == Outcome.REJECTED ? State.REJECTED : null;
    return state == null
        ? Optional.empty()
        : Optional.of(
            new CommandStatus(
                result.getMessageId().toString(),
                state,
                result.getMessageKind(),
                result.getWallet(),
                state == State.REJECTED ? result.getReasonCode() : null,
                null,
                result.getProcessedAt()));
  }

  CommandStatus mergedWith(CommandStatus other) {
    CommandStatus decision = state.decided() || !other.state.decided() ? this : other;
    return new CommandStatus(
        commandId,
        decision.state,
        first(kind, other.kind),
        first(wallet, other.wallet),
        decision.reasonCode,
        first(acceptedAt, other.acceptedAt),
        decision.decidedAt);
  }

  /** This status as the internal contract's JSON, answered by the instance {@code servedBy}. */
  public CommandStatusView toView(String servedBy) {
    return new CommandStatusView(
        commandId,
        state.name().toLowerCase(Locale.ROOT),
        reasonCode,
        kind,
        wallet,
        acceptedAt,
        decidedAt,
        servedBy);
  }

  /** The status another instance answered with {@link #toView}. */
  static CommandStatus fromView(CommandStatusView view) {
    return new CommandStatus(
        view.commandId(),
        State.valueOf(view.status().toUpperCase(Locale.ROOT)),
        view.kind(),
        view.wallet(),
        view.reasonCode(),
        view.acceptedAt(),
        view.decidedAt());
  }

  @JsonIgnore
  public boolean isDecided() {
    return state.decided();
  }

  private static <T> T first(T mine, T theirs) {
    return mine != null ? mine : theirs;
  }
}

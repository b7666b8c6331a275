package dev.walletplatform.processors.screening;

import static dev.walletplatform.processors.screening.ScreenedCommandIds.PASSED;

import dev.walletplatform.domain.ledger.RejectionReason;
import dev.walletplatform.kit.tracing.HopScope;
import dev.walletplatform.kit.tracing.Tracing;
import dev.walletplatform.processors.config.ScreeningSettings;
import dev.walletplatform.processors.ledger.model.MessageKind;
import dev.walletplatform.processors.screening.ScreeningVerdict.Passed;
import dev.walletplatform.processors.screening.ScreeningVerdict.Rejected;
import dev.walletplatform.processors.streams.serde.AcceptedCommand;
import dev.walletplatform.schemas.Topics;
import dev.walletplatform.schemas.command.v1.GiveawayClaimRequested;
import dev.walletplatform.schemas.command.v1.WalletCommand;
import dev.walletplatform.schemas.command.v1.WithdrawalRequested;
import dev.walletplatform.schemas.result.v1.CommandResult;
import dev.walletplatform.schemas.result.v1.Outcome;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.context.Context;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The per-wallet gate (one wallet partition): every command leaves it in its wallet's order, passed
 * on or rejected. A transfer passes; a withdrawal is counted here (its wallet is this partition's
 * key); a claim waits for its device task's verdict, and the wallet's later commands wait behind
 * it, so a claim and the transfer spending it never swap places.
 *
 * <p>Withdrawal verdicts and arrived claim verdicts are remembered by command id: a redelivery gets
 * the same answer and is counted once. A claim whose verdict does not come within {@code
 * verdictTimeout} (its check was dead-lettered) passes: the ledger still applies its own rules, and
 * a stuck wallet would be worse than one unscreened claim.
 *
 * <p>Each command is one span of its trace ({@link ScreeningTraces}); the record sent on carries
 * that span's context, and logs written while the command is screened carry its {@code trace_id}
 * and {@code command_id}.
 */
final class ScreeningProcessor
    implements Processor<String, ScreeningInput, String, ScreeningVerdict> {
  private static final Logger LOG = LoggerFactory.getLogger(ScreeningProcessor.class);

  private final ScreeningSettings settings;
  private final ScreeningMetrics metrics;
  private final ScreeningTraces traces;
  private ProcessorContext<String, ScreeningVerdict> context;
  private ScreenedCommandIds verdicts;
  private WindowedCounter withdrawals;
  private PendingCommands pending;

  ScreeningProcessor(ScreeningSettings settings, ScreeningMetrics metrics) {
    this(settings, metrics, Tracing.noop());
  }

  ScreeningProcessor(ScreeningSettings settings, ScreeningMetrics metrics, Tracing tracing) {
    this.settings = settings;
    this.metrics = metrics;
    this.traces = new ScreeningTraces(tracing);
  }

  @Override
  public void init(ProcessorContext<String, ScreeningVerdict> context) {
    this.context = context;
    this.verdicts =
        new ScreenedCommandIds(
            context.getStateStore(ScreeningTopology.VERDICTS_STORE),
            settings.dedupeRetention().toJavaDuration());
    this.withdrawals =
        new WindowedCounter(
            context.getStateStore(ScreeningTopology.WALLET_WITHDRAWALS_STORE),
            settings.grace().toJavaDuration());
    this.pending = new PendingCommands(context.getStateStore(ScreeningTopology.PENDING_STORE));
    Duration every = settings.verdictTimeout().toJavaDuration().dividedBy(4);
    context.schedule(every, PunctuationType.WALL_CLOCK_TIME, this::releaseClaimsWaitingTooLong);
  }

  @Override
  public void process(Record<String, ScreeningInput> record) {
    switch (record.value()) {
      case ScreeningInput.Command command -> accept(record.key(), command.command(), record);
      case ScreeningInput.Verdict verdict ->
          verdictArrived(verdict.verdict(), traces.carried(record.headers()));
    }
  }

  @Override
  public void close() {
    traces.endWaiting();
  }

  @SuppressWarnings("try") // the hop's scope is held while the command is screened
  private void accept(String wallet, AcceptedCommand command, Record<String, ?> record) {
    Span span = traces.arrived(command, record.headers(), context.recordMetadata());
    try (HopScope hop = HopScope.enter(span, command.commandId())) {
      metrics.screened();
      if (pending.isEmpty(wallet) && tryToDecide(wallet, command, span)) {
        span.end();
        return;
      }
      long offset = context.recordMetadata().orElseThrow().offset();
      traces.waits(
          pending.append(
              wallet, offset, new PendingCommand(command, context.currentSystemTimeMs())),
          span);
    }
  }

  /**
   * @param carried the verdict record's trace context: its claim's, a parent for the claim's span
   *     if this task no longer holds the one it arrived with
   */
  private void verdictArrived(ClaimVerdict verdict, Context carried) {
    long acceptedAt = verdict.acceptedAt().toEpochMilli();
    if (verdicts.earlierVerdict(verdict.commandId(), acceptedAt).isEmpty()) {
      verdicts.remember(verdict.commandId(), verdict.verdict(), acceptedAt);
    }
    drain(verdict.wallet(), verdict.commandId(), carried);
  }

  @SuppressWarnings("try") // the hop's scope is held while the command is screened
  private void drain(String wallet, String released, Context carried) {
    for (KeyValue<String, PendingCommand> waiting : pending.queueOf(wallet)) {
      AcceptedCommand command = waiting.value.command();
      Span span =
          traces.resumed(
              waiting.key,
              command,
              command.commandId().equals(released) ? carried : Context.root());
      boolean decided;
      try (HopScope hop = HopScope.enter(span, command.commandId())) {
        decided = tryToDecide(wallet, command, span);
      }
      if (!decided) {
        traces.waits(waiting.key, span);
        return; // a claim still without its verdict: everything behind it keeps waiting
      }
      span.end();
      pending.remove(waiting.key);
    }
  }

  /**
   * Emits the command's verdict if it can be given now; false for a claim whose verdict has not
   * come.
   */
  private boolean tryToDecide(String wallet, AcceptedCommand command, Span span) {
    WalletCommand payload = command.command();
    long acceptedAt = payload.getAcceptedAt().toEpochMilli();
    switch (payload.getPayload()) {
      case GiveawayClaimRequested claim -> {
        Optional<String> verdict = verdicts.earlierVerdict(command.commandId(), acceptedAt);
        verdict.ifPresent(v -> emit(wallet, command, v, span));
        return verdict.isPresent();
      }
      case WithdrawalRequested withdrawal -> {
        emit(wallet, command, withdrawalVerdict(command, withdrawal, acceptedAt), span);
        return true;
      }
      default -> {
        emit(wallet, command, PASSED, span); // transfers: no rule counts them
        return true;
      }
    }
  }

  private String withdrawalVerdict(
      AcceptedCommand command, WithdrawalRequested withdrawal, long acceptedAt) {
    Optional<String> earlier = verdicts.earlierVerdict(command.commandId(), acceptedAt);
    if (earlier.isPresent()) {
      metrics.redelivered();
      return earlier.get();
    }
    String verdict =
        switch (withdrawals.admit(
            withdrawal.getWallet(),
            acceptedAt,
            settings.withdrawalsPerWallet(),
            context.currentStreamTimeMs())) {
          case COUNTED -> PASSED;
          case LATE -> {
            metrics.late();
            yield PASSED;
          }
          case OVER_LIMIT -> RejectionReason.WALLET_WITHDRAWAL_LIMIT_EXCEEDED.name();
        };
    verdicts.remember(command.commandId(), verdict, acceptedAt);
    return verdict;
  }

  @SuppressWarnings("try") // the hop's scope is held while the timeout is logged
  private void releaseClaimsWaitingTooLong(long nowMs) {
    for (String wallet :
        pending.walletsWaitingSince(nowMs - settings.verdictTimeout().toMilliseconds())) {
      pending
          .head(wallet)
          .ifPresent(
              head -> {
                AcceptedCommand claim = head.value.command();
                Span span = traces.resumed(head.key, claim, Context.root());
                span.addEvent("device verdict timed out");
                traces.waits(head.key, span);
                try (HopScope hop = HopScope.enter(span, claim.commandId())) {
                  LOG.error(
                      "no device verdict for claim {} of wallet {} within {}; passing it unscreened",
                      claim.commandId(),
                      wallet,
                      settings.verdictTimeout());
                }
                metrics.verdictTimedOut();
                verdicts.remember(
                    claim.commandId(), PASSED, claim.command().getAcceptedAt().toEpochMilli());
                drain(wallet, claim.commandId(), Context.root());
              });
    }
  }

  /**
   * Output records are stamped with the time screening decided, not accepted_at: the transaction
   * markers Kafka writes between them carry that clock too, so a time lookup on the screened topic
   * (walletctl replay --from-time) finds what the applier was given in that window.
   */
  private void emit(String wallet, AcceptedCommand command, String verdict, Span span) {
    long timestamp = context.currentSystemTimeMs();
    String kind = kindOf(command.command()).name().toLowerCase(Locale.ROOT);
    Instant acceptedAt = command.command().getAcceptedAt();
    Headers headers = new RecordHeaders();
    if (PASSED.equals(verdict)) {
      metrics.passed(kind, acceptedAt);
      traces.decided(span, verdict, Topics.SCREENED_COMMANDS, headers);
      context.forward(
          new Record<String, ScreeningVerdict>(wallet, new Passed(command), timestamp, headers));
      return;
    }
    metrics.rejected(kind, verdict, acceptedAt);
    CommandResult result = rejection(command.command(), verdict);
    traces.decided(span, verdict, Topics.RESULTS, headers);
    context.forward(
        new Record<String, ScreeningVerdict>(
            result.getWallet(), new Rejected(result), timestamp, headers));
  }

  private static MessageKind kindOf(WalletCommand command) {
    return switch (command.getPayload()) {
      case GiveawayClaimRequested ignored -> MessageKind.GIVEAWAY_CLAIM;
      case WithdrawalRequested ignored -> MessageKind.WITHDRAWAL;
      default -> MessageKind.TRANSFER;
    };
  }

  private CommandResult rejection(WalletCommand command, String reasonCode) {
    String wallet;
    String campaign = null;
    MessageKind kind;
    switch (command.getPayload()) {
      case GiveawayClaimRequested claim -> {
        kind = MessageKind.GIVEAWAY_CLAIM;
        wallet = claim.getWallet();
        campaign = claim.getCampaignId();
      }
      case WithdrawalRequested withdrawal -> {
        kind = MessageKind.WITHDRAWAL;
        wallet = withdrawal.getWallet();
      }
      default ->
          throw new IllegalStateException(
              "screening never rejects " + command.getPayload().getClass());
    }
    return new CommandResult(
        command.getCommandId(),
        kind.name(),
        wallet,
        Outcome.REJECTED,
        reasonCode,
        Instant.ofEpochMilli(context.currentSystemTimeMs()),
        campaign);
  }
}

package dev.walletplatform.walletctl.dlq;

import dev.walletplatform.walletctl.UsageException;
import java.time.Instant;
import java.util.List;
import picocli.CommandLine.Option;

/** Which dead letters a list or redrive is about; every criterion given must match (AND). */
public final class DeadLetterSelection {
  @Option(
      names = "--id",
      split = ",",
      paramLabel = "ID",
      description = "Dead-letter ids as listed (<partition>-<offset>)")
  List<String> ids;

  @Option(
      names = "--error-code",
      split = ",",
      paramLabel = "CODE",
      description = "dlq.error.code, e.g. DECODING_FAILED, APPLY_FAILED")
  List<String> codes;

  @Option(
      names = "--source-topic",
      paramLabel = "TOPIC",
      description = "Only letters from this topic")
  String sourceTopic;

  @Option(
      names = "--from-time",
      paramLabel = "TIME",
      description = "Failed at or after TIME (UTC unless a zone is given)")
  Instant from;

  @Option(
      names = "--to-time",
      paramLabel = "TIME",
      description = "Failed before TIME (UTC unless a zone is given)")
  Instant to;

  boolean isEmpty() {
    return (ids == null || ids.isEmpty())
        && (codes == null || codes.isEmpty())
        && sourceTopic == null
        && from == null
        && to == null;
  }

  boolean matches(DeadLetter letter) {
    return (ids == null
            || ids.isEmpty()
            || ids.stream().map(DeadLetterId::parse).anyMatch(letter.id()::equals))
        && (codes == null || codes.isEmpty() || codes.contains(letter.code()))
        && (sourceTopic == null || sourceTopic.equals(letter.sourceTopic()))
        && (from == null || !letter.failedAt().isBefore(from))
        && (to == null || letter.failedAt().isBefore(to));
  }

  void validate() {
    if (ids != null) {
      ids.forEach(DeadLetterId::parse);
    }
    if (from != null && to != null && !from.isBefore(to)) {
      throw new UsageException(
          "bad time window: --from-time "
              + from
              + " is not before --to-time "
              + to
              + " (times without a zone are UTC)");
    }
  }
}

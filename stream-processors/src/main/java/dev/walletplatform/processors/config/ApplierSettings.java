package dev.walletplatform.processors.config;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.dropwizard.util.Duration;

/**
 * The {@code applier} block: retry and liveness tuning; every key is optional. Durations are
 * Dropwizard's ({@code 20ms}, {@code 2m}); the code takes them as {@link java.time.Duration}.
 *
 * @param maxTransactionAttempts attempts of one batch transaction on 40001/40P01/lost connections
 *     before the batch counts as a transient failure (rewound, retried after {@code maxBackoff} at
 *     most)
 * @param retryBackoff base of the jittered exponential backoff between those attempts
 * @param maxBackoff longest wait between two runs of a batch that failed transiently
 * @param maxLoopStall /live fails when a consumer loop has not iterated for longer; above the
 *     longest legitimate batch (attempts × database.connectionTimeout)
 * @param maxHeapAfterGc /live fails when the heap stays above this fraction of -Xmx after GC
 * @param resultAckTimeout how long to wait for Kafka to acknowledge a batch's results
 * @param enabled false runs this process without the applier (the Kafka Streams topologies only):
 *     no database pool, no migrations
 */
public record ApplierSettings(
    int maxTransactionAttempts,
    Duration retryBackoff,
    Duration maxBackoff,
    Duration maxLoopStall,
    double maxHeapAfterGc,
    Duration resultAckTimeout,
    boolean enabled) {

  @JsonCreator
  public ApplierSettings(
      @JsonProperty("maxTransactionAttempts") Integer maxTransactionAttempts,
      @JsonProperty("retryBackoff") Duration retryBackoff,
      @JsonProperty("maxBackoff") Duration maxBackoff,
      @JsonProperty("maxLoopStall") Duration maxLoopStall,
      @JsonProperty("maxHeapAfterGc") Double maxHeapAfterGc,
      @JsonProperty("resultAckTimeout") Duration resultAckTimeout,
      @JsonProperty("enabled") Boolean enabled) {
    this(
        maxTransactionAttempts == null ? 8 : maxTransactionAttempts,
        retryBackoff == null ? Duration.milliseconds(20) : retryBackoff,
        maxBackoff == null ? Duration.seconds(10) : maxBackoff,
        maxLoopStall == null ? Duration.minutes(2) : maxLoopStall,
        maxHeapAfterGc == null ? 0.85 : maxHeapAfterGc,
        resultAckTimeout == null ? Duration.seconds(30) : resultAckTimeout,
        enabled == null || enabled);
  }

  public ApplierSettings {
    if (maxTransactionAttempts < 1 || maxTransactionAttempts > 100) {
      throw new IllegalArgumentException(
          "applier.maxTransactionAttempts must be 1..100, was: " + maxTransactionAttempts);
    }
    requirePositive("applier.retryBackoff", retryBackoff);
    requirePositive("applier.maxBackoff", maxBackoff);
    requirePositive("applier.maxLoopStall", maxLoopStall);
    requirePositive("applier.resultAckTimeout", resultAckTimeout);
    if (!(maxHeapAfterGc > 0 && maxHeapAfterGc <= 1)) {
      throw new IllegalArgumentException(
          "applier.maxHeapAfterGc must be in (0, 1], was: " + maxHeapAfterGc);
    }
  }

  public static ApplierSettings defaults() {
    return new ApplierSettings(null, null, null, null, null, null, null);
  }

  private static void requirePositive(String key, Duration value) {
    if (value.toNanoseconds() <= 0) {
      throw new IllegalArgumentException(key + " must be positive, was: " + value);
    }
  }
}

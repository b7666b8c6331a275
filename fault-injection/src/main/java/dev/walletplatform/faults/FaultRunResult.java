package dev.walletplatform.faults;

import dev.walletplatform.faults.check.CheckReport;
import dev.walletplatform.faults.check.FaultWindow;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * What a fault run produced: the checker's verdict, the fault windows, and the applier counters
 * read at the end.
 *
 * @param applierCounters summed over the appliers alive at the end (a killed process's counts die
 *     with it)
 * @param quiesceTime from the workload's stop until every consumer group caught up
 */
record FaultRunResult(
    CheckReport report,
    List<FaultWindow> windows,
    Map<String, Long> applierCounters,
    Map<String, Long> failedReads,
    Duration duration,
    Duration quiesceTime) {

  public FaultRunResult {
    windows = List.copyOf(windows);
    applierCounters = Map.copyOf(applierCounters);
    failedReads = Map.copyOf(failedReads);
  }
}

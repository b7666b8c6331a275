package dev.walletplatform.kit.health;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleSupplier;

/**
 * What every service's {@code /live} checks: trouble only a restart of this process fixes —
 * deadlocked threads, a heap still nearly full right after garbage collection (live data, not
 * garbage; usage before GC would flap under load). The heap is all heap pools after their last
 * collection against the heap's limit ({@code -Xmx}), whatever the collector's pool layout. Never a
 * shared dependency: when Kafka or the database fails, restarting every pod at once fixes nothing
 * and adds a cold-start storm.
 */
public final class ProcessLiveness implements ProbeCheck {
  private final double maxHeapAfterGc;
  private final DoubleSupplier heapAfterGc;

  /**
   * @param maxHeapAfterGc the share of the heap's limit, in (0, 1], above which the process is
   *     thrashing
   */
  public ProcessLiveness(double maxHeapAfterGc) {
    this(maxHeapAfterGc, ProcessLiveness::heapAfterLastGc);
  }

  ProcessLiveness(double maxHeapAfterGc, DoubleSupplier heapAfterGc) {
    this.heapAfterGc = heapAfterGc;
    if (!(maxHeapAfterGc > 0 && maxHeapAfterGc <= 1)) {
      throw new IllegalArgumentException("maxHeapAfterGc must be in (0, 1], was " + maxHeapAfterGc);
    }
    this.maxHeapAfterGc = maxHeapAfterGc;
  }

  @Override
  public List<String> problems() {
    List<String> problems = new ArrayList<>();
    long[] deadlocked = ManagementFactory.getThreadMXBean().findDeadlockedThreads();
    if (deadlocked != null) {
      problems.add(deadlocked.length + " threads are deadlocked");
    }
    double heap = heapAfterGc.getAsDouble();
    if (heap > maxHeapAfterGc) {
      problems.add(
          String.format(
              "heap after GC at %.0f%% of its limit (-Xmx), the limit for /live is %.0f%%",
              heap * 100, maxHeapAfterGc * 100));
    }
    return problems;
  }

  /**
   * Heap in use right after the last collections, as a share of the maximum heap; 0 when unbounded.
   */
  public static double heapAfterLastGc() {
    long used = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      MemoryUsage afterGc = pool.getType() == MemoryType.HEAP ? pool.getCollectionUsage() : null;
      if (afterGc != null) {
        used += afterGc.getUsed();
      }
    }
    long max = Runtime.getRuntime().maxMemory();
    return max <= 0 || max == Long.MAX_VALUE ? 0 : (double) used / max;
  }
}

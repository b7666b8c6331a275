package dev.walletplatform.walletservice.health;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * What {@code /live} checks: trouble only a restart of this process fixes (deadlocked threads,
 * a heap still nearly full after garbage collection). Never the database: when a shared
 * dependency fails, restarting every pod at once fixes nothing and adds a cold-start storm.
 */
public final class ProcessLiveness implements Supplier<List<String>> {
  /** Heap in use after the last collection, as a share of -Xmx, above which the process is thrashing. */
  static final double MAX_HEAP_AFTER_GC = 0.85;

  @Override
  public List<String> get() {
    List<String> problems = new ArrayList<>();
    long[] deadlocked = ManagementFactory.getThreadMXBean().findDeadlockedThreads();
    if (deadlocked != null) {
      problems.add(deadlocked.length + " threads are deadlocked");
    }
    long max = Runtime.getRuntime().maxMemory();
    long afterGc = heapUsedAfterLastGc();
    if (max != Long.MAX_VALUE && afterGc > max * MAX_HEAP_AFTER_GC) {
      problems.add("heap after GC is " + afterGc / (1024 * 1024) + " MiB of " + max / (1024 * 1024)
          + " MiB (limit " + Math.round(MAX_HEAP_AFTER_GC * 100) + "%)");
    }
    return problems;
  }

  private static long heapUsedAfterLastGc() {
    long used = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      MemoryUsage afterGc = pool.getType() == MemoryType.HEAP ? pool.getCollectionUsage() : null;
      if (afterGc != null) {
        used += afterGc.getUsed();
      }
    }
    return used;
  }
}

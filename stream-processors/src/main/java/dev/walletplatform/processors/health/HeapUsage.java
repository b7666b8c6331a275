package dev.walletplatform.processors.health;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;

/**
 * Heap in use right after the last collection, as a fraction of the maximum heap. Measured after GC
 * on purpose: live data that stays high means a leak or an undersized heap, garbage does not.
 */
public final class HeapUsage {
  private HeapUsage() {}

  public static double afterLastGc() {
    long used = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      MemoryUsage afterGc = pool.getCollectionUsage();
      if (pool.getType() == MemoryType.HEAP && afterGc != null) {
        used += afterGc.getUsed();
      }
    }
    long max = Runtime.getRuntime().maxMemory();
    return max <= 0 || max == Long.MAX_VALUE ? 0 : (double) used / max;
  }
}

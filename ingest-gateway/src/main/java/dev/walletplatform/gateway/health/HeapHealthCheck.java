package dev.walletplatform.gateway.health;

import com.codahale.metrics.health.HealthCheck;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.List;

/**
 * Unhealthy when a heap pool is still over the threshold right after a collection: live data, not
 * garbage, fills the heap, and only a restart helps. Usage before GC would flap under load.
 */
public final class HeapHealthCheck extends HealthCheck {
  private final double maxFractionAfterGc;
  private final List<MemoryPoolMXBean> pools;

  public HeapHealthCheck(double maxFractionAfterGc) {
    this.maxFractionAfterGc = maxFractionAfterGc;
    this.pools =
        ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(pool -> pool.getType() == MemoryType.HEAP && pool.isCollectionUsageThresholdSupported())
            .toList();
  }

  @Override
  protected Result check() {
    for (MemoryPoolMXBean pool : pools) {
      MemoryUsage afterGc = pool.getCollectionUsage();
      long max = pool.getUsage().getMax();
      if (afterGc != null && max > 0 && afterGc.getUsed() > maxFractionAfterGc * max) {
        return Result.unhealthy(
            "heap pool '%s' holds %d of %d bytes after GC (limit %.0f%%)",
            pool.getName(), afterGc.getUsed(), max, maxFractionAfterGc * 100);
      }
    }
    return Result.healthy();
  }
}

package dev.walletplatform.bench.scenario;

import dev.walletplatform.bench.load.ArrivalSchedule;
import dev.walletplatform.bench.load.LatencySummary;
import dev.walletplatform.bench.load.LoadRun;
import dev.walletplatform.bench.load.SecondStats;
import dev.walletplatform.bench.observe.SystemSample;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A burst run second by second: the load's records joined with the system's samples. */
public record Timeline(String target, List<TimelineRow> rows) {
  public Timeline {
    rows = List.copyOf(rows);
  }

  public static Timeline join(
      String target, ArrivalSchedule schedule, LoadRun load, List<SystemSample> samples) {
    List<TimelineRow> rows = new ArrayList<>();
    long loadSeconds = schedule.duration().toSeconds();
    int length = (int) Math.max(loadSeconds, samples.size());
    for (int s = 0; s < length; s++) {
      SecondStats stats =
          s < load.seconds().size() && s < loadSeconds
              ? load.seconds().get(s)
              : new SecondStats(s, 0, 0, Map.of(), new LatencySummary(0, 0, 0, 0, 0, 0));
      SystemSample sample =
          s < samples.size() ? samples.get(s) : new SystemSample(s, -1, -1, -1, 0);
      SystemSample before = s > 0 && s - 1 < samples.size() ? samples.get(s - 1) : null;
      String phase = s < loadSeconds ? schedule.phaseAtSecond(s).name() : "drain";
      double rate = s < loadSeconds ? schedule.phaseAtSecond(s).ratePerSecond() : 0;
      rows.add(
          new TimelineRow(
              s,
              phase,
              rate,
              stats,
              sample,
              delta(before == null ? -1 : before.appliedTotal(), sample.appliedTotal()),
              delta(before == null ? -1 : before.decidedTotal(), sample.decidedTotal())));
    }
    return new Timeline(target, rows);
  }

  private static long delta(long before, long now) {
    return before < 0 || now < 0 ? -1 : Math.max(0, now - before);
  }

  public long peakLag() {
    return rows.stream().mapToLong(r -> r.system().lag()).max().orElse(0);
  }

  public int peakConnections() {
    return rows.stream().mapToInt(r -> r.system().dbConnectionsPeak()).max().orElse(0);
  }

  /** The best {@code window}-second average of decided/s while a backlog was waiting (lag > 0). */
  public double peakDecidedPerSecondUnderBacklog(int window) {
    double best = 0;
    for (int i = 0; i + window <= rows.size(); i++) {
      long sum = 0;
      boolean backlog = true;
      for (int j = i; j < i + window; j++) {
        TimelineRow r = rows.get(j);
        backlog &= r.system().lag() > 0 && r.decidedPerSecond() >= 0;
        sum += Math.max(0, r.decidedPerSecond());
      }
      if (backlog) {
        best = Math.max(best, (double) sum / window);
      }
    }
    return best;
  }
}

package dev.walletplatform.bench.report;

import dev.walletplatform.bench.BenchException;
import dev.walletplatform.bench.scenario.Timeline;
import dev.walletplatform.bench.scenario.TimelineRow;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Every second of both burst runs as CSV, next to the report: the chart's data, for anyone to
 * replot.
 */
public final class TimelineCsv {
  static final String HEADER =
      "target,second,phase,offered_per_s,sent,accepted,status_5xx,other_failures,"
          + "p50_ms,p99_ms,max_ms,lag,applied_per_s,decided_per_s,db_connections_peak";

  private TimelineCsv() {}

  public static void write(Path csv, Timeline... timelines) {
    StringBuilder out = new StringBuilder(HEADER).append('\n');
    for (Timeline timeline : timelines) {
      for (TimelineRow r : timeline.rows()) {
        out.append(line(timeline.target(), r)).append('\n');
      }
    }
    try {
      Files.createDirectories(csv.toAbsolutePath().getParent());
      Files.writeString(csv, out);
    } catch (IOException e) {
      throw new BenchException("cannot write " + csv, e);
    }
  }

  static String line(String target, TimelineRow r) {
    return String.format(
        Locale.ROOT,
        "%s,%d,%s,%.0f,%d,%d,%d,%d,%.1f,%.1f,%.1f,%d,%d,%d,%d",
        target,
        r.second(),
        r.phase(),
        r.targetRate(),
        r.load().sent(),
        r.load().accepted(),
        r.load().serverErrors(),
        r.load().otherFailures(),
        r.load().latency().p50Ms(),
        r.load().latency().p99Ms(),
        r.load().latency().maxMs(),
        r.system().lag(),
        r.appliedPerSecond(),
        r.decidedPerSecond(),
        r.system().dbConnectionsPeak());
  }
}

package dev.walletplatform.bench;

import dev.walletplatform.bench.report.BenchReport;
import dev.walletplatform.bench.report.MachineDescription;
import dev.walletplatform.bench.report.TimelineChart;
import dev.walletplatform.bench.report.TimelineCsv;
import dev.walletplatform.bench.scenario.BenchResults;
import dev.walletplatform.bench.scenario.BurstBench;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * {@code scripts/bench-burst.sh}: runs the benchmark and writes the report, its chart and its CSV.
 * Exits 1 when an accepted command was lost or the ledger audit failed (a broken promise, not a
 * slow run: the targets are figures, never pass/fail).
 */
public final class BurstBenchMain {
  private BurstBenchMain() {}

  public static void main(String[] args) {
    BenchSettings settings;
    try {
      settings = BenchSettings.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      System.exit(2);
      return;
    }
    String command =
        "scripts/bench-burst.sh" + (args.length == 0 ? "" : " " + String.join(" ", args));
    BenchResults results = runAndReport(settings, command, System.out);
    System.out.println("[bench] report: " + settings.report() + ", chart: " + settings.chart());
    boolean kept = results.platform().lost() == 0 && results.audit().holds();
    System.exit(kept ? 0 : 1);
  }

  /**
   * Runs and writes {@code report}, the chart ({@code .png}) and the timeline ({@code
   * -timeline.csv}).
   */
  public static BenchResults runAndReport(BenchSettings settings, String command, PrintStream out) {
    String machine = MachineDescription.describe();
    BenchResults results = new BurstBench(settings, out).run();
    long spikeFrom = settings.steady().toSeconds();
    TimelineChart.write(
        settings.chart(),
        results.platform().timeline(),
        results.naive().timeline(),
        results.poolTotal(),
        results.maxConnections(),
        (int) spikeFrom,
        (int) (spikeFrom + settings.spike().toSeconds()));
    TimelineCsv.write(
        csv(settings.report()), results.platform().timeline(), results.naive().timeline());
    String markdown =
        BenchReport.markdown(results, command, machine, profilingNotes(settings.report()));
    try {
      Files.createDirectories(settings.report().toAbsolutePath().getParent());
      Files.writeString(settings.report(), markdown);
    } catch (IOException e) {
      throw new BenchException("cannot write the report to " + settings.report(), e);
    }
    return results;
  }

  static Path csv(Path report) {
    String name = report.getFileName().toString();
    return report.resolveSibling(name.substring(0, name.length() - 3) + "-timeline.csv");
  }

  /**
   * Hand-written notes on profiling and fixes ({@code <report>-profiling.md}), included verbatim
   * when present.
   */
  static Optional<String> profilingNotes(Path report) {
    String name = report.getFileName().toString();
    Path notes = report.resolveSibling(name.substring(0, name.length() - 3) + "-profiling.md");
    try {
      return Files.isRegularFile(notes) ? Optional.of(Files.readString(notes)) : Optional.empty();
    } catch (IOException e) {
      throw new BenchException("cannot read " + notes, e);
    }
  }
}

package dev.walletplatform.faults;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * {@code scripts/fault-run.sh [--cycles N] [--report FILE] [--work-dir DIR]}: the long fault run.
 * Prints the report, writes it to FILE when given, and exits 1 when the checker found a violation.
 */
public final class FaultRunMain {
  private FaultRunMain() {}

  public static void main(String[] args) throws Exception {
    int cycles = 5;
    Path report = null;
    Path workDir = Path.of("target", "fault-run");
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--cycles" -> cycles = Integer.parseInt(value(args, ++i, "--cycles"));
        case "--report" -> report = Path.of(value(args, ++i, "--report"));
        case "--work-dir" -> workDir = Path.of(value(args, ++i, "--work-dir"));
        case "--help", "-h" -> {
          System.out.println(
              "usage: scripts/fault-run.sh [--cycles N (default 5)] [--report FILE.md] [--work-dir DIR]");
          return;
        }
        default -> {
          System.err.println("unknown option " + args[i] + "; --help lists the options");
          System.exit(2);
        }
      }
    }
    FaultRunOptions options = FaultRunOptions.longRun(workDir, cycles);
    FaultRunResult result = FaultRun.run(options, System.out);
    String command =
        "scripts/fault-run.sh --cycles " + cycles + (report == null ? "" : " --report " + report);
    String markdown = FaultReport.markdown(options, result, command, machine());
    System.out.println();
    System.out.println(markdown);
    if (report != null) {
      if (report.toAbsolutePath().getParent() != null) {
        Files.createDirectories(report.toAbsolutePath().getParent());
      }
      Files.writeString(report, markdown);
      System.out.println("report written to " + report);
    }
    System.exit(result.report().passed() ? 0 : 1);
  }

  private static String value(String[] args, int i, String option) {
    if (i >= args.length) {
      System.err.println(option + " needs a value");
      System.exit(2);
    }
    return args[i];
  }

  static String machine() {
    var os = ManagementFactory.getOperatingSystemMXBean();
    long memory =
        os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getTotalMemorySize() : -1;
    return String.format(
        Locale.ROOT,
        "%d cores, %.0f GiB, %s %s, Java %s",
        Runtime.getRuntime().availableProcessors(),
        memory / (1024.0 * 1024 * 1024),
        System.getProperty("os.name"),
        System.getProperty("os.version"),
        System.getProperty("java.version"));
  }
}

package dev.walletplatform.bench.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The machine the figures come from: CPU, cores, memory, OS, JDK and the load when the run began.
 */
public final class MachineDescription {
  private MachineDescription() {}

  public static String describe() {
    return String.format(
        Locale.ROOT,
        "%s, %d cores, %.1f GiB RAM; %s %s; JDK %s (%s); load average %s",
        cpuModel(),
        Runtime.getRuntime().availableProcessors(),
        memoryGib(),
        System.getProperty("os.name"),
        System.getProperty("os.version"),
        System.getProperty("java.version"),
        System.getProperty("java.vm.name"),
        loadAverage());
  }

  public static String loadAverage() {
    return firstLine(Path.of("/proc/loadavg"))
        .map(l -> String.join(" ", List.of(l.split(" ")).subList(0, 3)))
        .orElse("unknown");
  }

  private static String cpuModel() {
    try {
      return Files.readAllLines(Path.of("/proc/cpuinfo")).stream()
          .filter(l -> l.startsWith("model name"))
          .map(l -> l.substring(l.indexOf(':') + 1).trim())
          .findFirst()
          .orElse(System.getProperty("os.arch"));
    } catch (IOException e) {
      return System.getProperty("os.arch");
    }
  }

  private static double memoryGib() {
    return firstLine(Path.of("/proc/meminfo"))
        .map(l -> Long.parseLong(l.replaceAll("[^0-9]", "")) / 1024.0 / 1024.0)
        .orElse(0.0);
  }

  private static java.util.Optional<String> firstLine(Path file) {
    try {
      return Files.readAllLines(file).stream().findFirst();
    } catch (IOException e) {
      return java.util.Optional.empty();
    }
  }
}

package dev.walletplatform.bench.baseline;

import dev.walletplatform.bench.BenchException;
import dev.walletplatform.infra.kafka.KafkaCluster;
import dev.walletplatform.infra.kafka.TopicSpec;
import dev.walletplatform.infra.process.JavaProcess;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The raw ingest limit: Kafka's own {@code org.apache.kafka.tools.ProducerPerformance}
 * (kafka-tools) in a JVM of its own, against the platform's broker, into a topic with the commands
 * topic's partitions, records of the commands' measured size, acks=all and idempotence as the
 * gateway produces — as fast as it can.
 */
public final class ProducerPerfBaseline {
  static final String TOPIC = "bench.producer-perf.v1";
  private static final Duration TIMEOUT = Duration.ofMinutes(3);

  private ProducerPerfBaseline() {}

  public static ProducerPerfResult run(
      KafkaCluster kafka, int partitions, long records, int recordSize, Path logDir) {
    kafka.createTopics(List.of(TopicSpec.of(TOPIC, partitions, 1)));
    Path log = logDir.resolve("producer-perf.log");
    JavaProcess tool =
        JavaProcess.builder("org.apache.kafka.tools.ProducerPerformance")
            .jvmOptions("-Xmx512m")
            .args(
                "--topic",
                TOPIC,
                "--num-records",
                String.valueOf(records),
                "--record-size",
                String.valueOf(recordSize),
                "--throughput",
                "-1",
                // one flag, several values: argparse keeps only the last occurrence of a repeated
                // flag
                "--command-property",
                "bootstrap.servers=" + kafka.bootstrapServers(),
                "acks=all",
                "enable.idempotence=true",
                "linger.ms=5")
            .logFile(log)
            .start();
    Instant deadline = Instant.now().plus(TIMEOUT);
    while (tool.isAlive()) {
      if (Instant.now().isAfter(deadline)) {
        tool.kill();
        throw new BenchException(
            "ProducerPerformance did not finish within "
                + TIMEOUT
                + "; log tail:\n"
                + tool.logTail());
      }
      sleep(200);
    }
    return ProducerPerfResult.parse(summaryLine(log, tool), recordSize);
  }

  private static String summaryLine(Path log, JavaProcess tool) {
    try {
      List<String> lines = Files.readAllLines(log);
      for (int i = lines.size() - 1; i >= 0; i--) {
        if (lines.get(i).contains("records sent") && lines.get(i).contains("99th")) {
          return lines.get(i);
        }
      }
    } catch (IOException e) {
      throw new BenchException("cannot read ProducerPerformance's output " + log, e);
    }
    throw new BenchException(
        "ProducerPerformance exited "
            + tool.exitCode()
            + " without a summary; log tail:\n"
            + tool.logTail());
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new BenchException("interrupted waiting for ProducerPerformance", e);
    }
  }
}
